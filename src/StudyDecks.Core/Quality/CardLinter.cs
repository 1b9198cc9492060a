using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Quality;

/// <summary>
/// Checks cards against the item-writing criteria, one method per <see cref="LintRule"/> (its remarks table says what each
/// means): stems (S1–S12) and options (D1–D9, D11, D12). Generation runs it on every candidate card and drops or
/// repairs those that fail; <c>studydecks inspect</c> reports its findings on a deck.
/// </summary>
/// <remarks>
/// Criteria that need quiz takers (R1, R2) or a printed quiz (D10, key position) are not checked here.
/// S8 (independence) is checked between cards of the same source sentence, where one card's key in another's stem
/// gives the answer away. D8 (plausibility) is checked where a card alone can show it: a place's options are places of
/// its class; the generator makes the rest plausible by drawing from the article first.
/// </remarks>
public static partial class CardLinter
{
    /// <summary>The most words a stem may have (S6).</summary>
    public const int MaximumStemWords = 35;

    /// <summary>Findings for one card. With <paramref name="article"/>, also checks that the sentence is in it verbatim.</summary>
    public static IReadOnlyList<LintFinding> Check(Card card, Article? article = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var findings = new List<LintFinding>();
        CheckStem(card, article, findings);
        CheckOptions(card, findings);
        return findings;
    }

    /// <summary>
    /// Whether <see cref="Check(Card, Article?)"/> finds nothing, without looking further once one rule finds something:
    /// most candidates a kind tries fail, and there only the verdict matters.
    /// </summary>
    internal static bool Passes(Card card, Article? article = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var findings = new List<LintFinding>();
        CheckStem(card, article, findings, firstOnly: true);
        if (findings.Count > 0)
        {
            return false;
        }

        CheckOptions(card, findings);
        return findings.Count == 0;
    }

    /// <summary>Findings for every card of a deck, and between its cards (S8, S9).</summary>
    public static IReadOnlyList<LintFinding> Check(Deck deck, IReadOnlyList<Article>? articles = null)
    {
        ArgumentNullException.ThrowIfNull(deck);
        var findings = new List<LintFinding>();
        foreach (var card in deck.Cards)
        {
            Article? article = null;
            if (articles is not null)
            {
                foreach (var candidate in articles)
                {
                    if (candidate.Id == card.Source.Article)
                    {
                        article = candidate;
                    }
                }
            }

            findings.AddRange(Check(card, article));
        }

        CheckBetweenCards(deck.Cards, findings);
        return findings;
    }

    private static void Add(List<LintFinding> findings, Card card, LintRule rule, string message) =>
        findings.Add(new LintFinding(card.Id, rule, message));
}
