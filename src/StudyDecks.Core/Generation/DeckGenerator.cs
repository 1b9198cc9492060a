using System.Reflection;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>Turns articles into a deck of cards: the convenience entry point over the default pipeline.</summary>
public static class DeckGenerator
{
    private static readonly DeckPipeline DefaultPipeline = new DeckPipelineBuilder().UseDefaultFinders().UseDefaultKinds().Build();

    /// <summary>Generates a deck from <paramref name="articles"/>, in article order.</summary>
    /// <remarks>
    /// Every card passes the card linter (<see cref="Quality.CardLinter"/>); the same articles and options give a
    /// byte-identical deck, and a card's id depends only on its article, sentence, answer and question kind.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Deck Generate(IReadOnlyList<Article> articles, GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        return DefaultPipeline.Generate(articles, options);
    }

    /// <summary>The version written into decks: the Core assembly's informational version without build metadata.</summary>
    public static string GeneratorVersion { get; } =
        (typeof(DeckGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
