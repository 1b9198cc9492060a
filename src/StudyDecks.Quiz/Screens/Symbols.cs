using Spectre.Console;

namespace StudyDecks.Quiz.Screens;

/// <summary>The marks the screens draw, with ASCII stand-ins for terminals without Unicode.</summary>
internal sealed record Symbols(string Pointer, string Right, string Wrong)
{
    private static readonly Symbols Unicode = new("❯", "✔", "✘");
    private static readonly Symbols Ascii = new(">", "+", "x");

    public static Symbols For(IAnsiConsole console) => console.Profile.Capabilities.Unicode ? Unicode : Ascii;
}
