using StudyDecks.Core.Decks;
using StudyDecks.Core.Errors;
using StudyDecks.Core.Review;

namespace StudyDecks.Cli.Files;

/// <summary>Loads and saves deck files, naming the file in every error.</summary>
internal static class DeckFiles
{
    public const string Extension = ".deck.json";

    /// <summary>Loads the deck file at <paramref name="path"/>, or the deck on standard input when it is <c>-</c>.</summary>
    public static Deck Load(string path, CliEnvironment environment)
    {
        if (StandardStreams.IsDash(path))
        {
            using var input = environment.OpenInput();
            return DeckJson.Read(input, StandardStreams.InputName);
        }

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

    /// <summary>Loads a deck for an output: without its dropped cards and, with <paramref name="reviewedOnly"/>, only its kept and edited ones.</summary>
    public static Deck LoadForOutput(string path, CliEnvironment environment, bool reviewedOnly = false) =>
        DeckReview.ForOutput(Load(path, environment), reviewedOnly);

    /// <summary>The option that takes only the cards a teacher kept or edited in <c>studydecks review</c>.</summary>
    public static System.CommandLine.Option<bool> ReviewedOnlyOption() => new("--reviewed-only")
    {
        Description = "Take only the cards kept or edited in studydecks review (dropped cards are always left out).",
    };

    /// <summary>
    /// The deck a new deck is about to replace at <paramref name="path"/>, to carry its review over; null when there is
    /// none (no file, standard output, a device such as /dev/null, or a file that is not a deck at all, which is replaced as before). A deck
    /// there that cannot be read (a newer format, a broken rule) is an error: replacing it could lose a teacher's work.
    /// </summary>
    public static Deck? Previous(string path, CliEnvironment environment)
    {
        if (StandardStreams.IsDash(path) || FileKinds.Of(OutputPaths.Canonical(environment.Resolve(path))) != FileKind.RegularFile)
        {
            return null;
        }

        try
        {
            return Load(environment.Display(environment.Resolve(path)), environment);
        }
        catch (StudyDecksException exception) when (exception.Message.Contains(": " + ErrorMessages.NotADeck, StringComparison.Ordinal)
            || exception.Message.Contains(": " + ErrorMessages.MalformedDeckJson, StringComparison.Ordinal))
        {
            return null;
        }
        catch (StudyDecksException exception)
        {
            throw new StudyDecksException(exception.Message + "; the deck there is not replaced (its review could be lost): move it away or fix it", exception);
        }
    }

    /// <summary>The name of what is made from a deck: its file's name without <c>.deck.json</c>, or for standard input its title's slug.</summary>
    public static string StemOf(string path, Deck deck) =>
        StandardStreams.IsDash(path) ? OutputPaths.Slug(deck.Title) : OutputPaths.StemOf(path);

    /// <summary>The deck files a command reads, as absolute paths: none for standard input.</summary>
    public static IReadOnlyList<string> InputFiles(string path, CliEnvironment environment) =>
        StandardStreams.IsDash(path) ? [] : [environment.Resolve(path)];

    public static void Save(Deck deck, string path, CliEnvironment environment) =>
        AtomicFile.Write(path, stream => DeckJson.Write(deck, stream), environment.Display(path));
}
