using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Generation;

/// <summary>Turns articles into a deck of cards.</summary>
public static partial class DeckGenerator
{
    /// <summary>Generates a deck from <paramref name="articles"/>, in article order.</summary>
    public static Deck Generate(IReadOnlyList<Article> articles, GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var cards = new List<Card>();
        foreach (var article in articles)
        {
            foreach (var block in article.Blocks)
            {
                if (block.Kind == BlockKind.Heading)
                {
                    continue;
                }

                foreach (Match match in Acronym().Matches(article.TextOf(block)))
                {
                    var expansion = match.Groups["name"].Value;
                    var acronym = match.Groups["acronym"].Value;
                    if (!Initials(expansion).Equals(acronym, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var sentence = article.TextOf(block);
                    cards.Add(new Card(
                        CardId(article.Id, sentence, expansion),
                        CardType.ShortAnswer,
                        $"What does {acronym} stand for?",
                        expansion,
                        [],
                        AnswerKind.Term,
                        sentence,
                        new CardSource(article.Id, 0, block.Start, block.End),
                        ["acronym", article.Id]) { Aliases = [acronym] });
                }
            }
        }

        var kept = cards.DistinctBy(card => card.Question).Take(options.MaxCards ?? int.MaxValue).ToArray();
        var sources = articles.Select(article => new DeckSource(article.Id, article.Title, article.Origin, article.Sha256, article.Words)).ToArray();
        return new Deck(options.Title, new GeneratorInfo(GenerationOptions.GeneratorName, GeneratorVersion, options.Seed), sources, kept);
    }

    /// <summary>The version written into decks: the Core assembly's informational version without build metadata.</summary>
    public static string GeneratorVersion { get; } =
        (typeof(DeckGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    private static string CardId(string articleId, string sentence, string answer) =>
        "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{articleId}\n{sentence}\n{answer}")))[..12];

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => char.IsUpper(word[0])).Select(word => word[0]));

    [GeneratedRegex(@"(?<name>(?:[A-Z][a-z]+ )+(?:[A-Z][a-z]+)) \((?<acronym>[A-Z]{2,6})\)")]
    private static partial Regex Acronym();
}
