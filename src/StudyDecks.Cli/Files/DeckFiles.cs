using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;

namespace StudyDecks.Cli.Files;

/// <summary>Loads and saves deck files, naming the file in every error.</summary>
internal static class DeckFiles
{
    public const string Extension = ".deck.json";

    public static Deck Load(string path, CliEnvironment environment)
    {
        var full = environment.Resolve(path);
        try
        {
            using var stream = File.OpenRead(full);
            return DeckJson.Read(stream, path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw StudyDecksException.InSource(path, "no such deck file", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StudyDecksException.InSource(path, "cannot read the deck: " + exception.Message, exception);
        }
    }

    public static void Save(Deck deck, string path, CliEnvironment environment) =>
        AtomicFile.Write(path, stream => DeckJson.Write(deck, stream), environment.Display(path));
}
