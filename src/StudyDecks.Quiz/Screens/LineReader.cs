using System.Globalization;
using System.Text;
using Spectre.Console;

namespace StudyDecks.Quiz.Screens;

/// <summary>
/// Reads one typed line key by key, so that Esc can leave it: Spectre's <see cref="TextPrompt{T}"/> ignores Esc, and a
/// player at a short-answer question had only Ctrl-C to stop the quiz.
/// </summary>
internal static class LineReader
{
    /// <summary>
    /// Shows <paramref name="prompt"/> (markup) and returns the line typed, or <see langword="null"/> when the player
    /// pressed Esc or input ended.
    /// </summary>
    public static string? Read(IAnsiConsole console, string prompt)
    {
        console.Markup(prompt + " ");
        var line = new StringBuilder();
        while (true)
        {
            ConsoleKeyInfo? pressed;
            try
            {
                pressed = console.Input.ReadKey(intercept: true);
            }
            catch (InvalidOperationException)
            {
                pressed = null; // no input left (a closed stream, or a test console run dry)
            }

            switch (pressed)
            {
                case null:
                    console.WriteLine();
                    return null;
                case { Key: ConsoleKey.Escape }:
                    console.WriteLine();
                    return null;
                case { Key: ConsoleKey.Enter }:
                    console.WriteLine();
                    return line.ToString();
                case { Key: ConsoleKey.Backspace }:
                    EraseLast(console, line);
                    break;
                case { KeyChar: var typed } when !char.IsControl(typed):
                    line.Append(typed);
                    console.Write(typed.ToString());
                    break;
            }
        }
    }

    /// <summary>Removes the last character as the player sees it (a letter with its accents, an emoji) from the line and the screen.</summary>
    private static void EraseLast(IAnsiConsole console, StringBuilder line)
    {
        if (line.Length == 0)
        {
            return;
        }

        var text = line.ToString();
        var start = StringInfo.ParseCombiningCharacters(text)[^1];
        var width = Math.Max(1, text[start..].GetCellWidth());
        line.Length = start;
        if (console.Profile.Capabilities.Ansi)
        {
            console.Cursor.MoveLeft(width);
            console.Write(new string(' ', width));
            console.Cursor.MoveLeft(width);
        }
    }
}
