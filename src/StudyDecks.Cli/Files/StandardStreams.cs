namespace StudyDecks.Cli.Files;

/// <summary>The <c>-</c> that names standard input (a deck, an article) or standard output (an <c>-o</c>), as most tools do.</summary>
internal static class StandardStreams
{
    /// <summary>What the user types.</summary>
    public const string Dash = "-";

    /// <summary>How standard input is named in messages.</summary>
    public const string InputName = "<stdin>";

    /// <summary>How standard output is named in messages.</summary>
    public const string OutputName = "<stdout>";

    /// <summary>Whether a path the user typed names a standard stream.</summary>
    public static bool IsDash(string? path) => path == Dash;
}
