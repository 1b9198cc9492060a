using CsCheck;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Generation;
using StudyDecks.Core.Knowledge;
using StudyDecks.Core.Quality;
using StudyDecks.Testing;

namespace StudyDecks.Core.Tests.Generation;

/// <summary>
/// Issue 12's properties over generated decks: articles stitched from random paragraphs of the development articles,
/// so that names, figures and dates meet in combinations no spec file holds.
/// </summary>
public sealed class GeneratedOptionProperties
{
    private static readonly string[] Paragraphs = TestData.AllArticlePaths
        .SelectMany(path => TestData.Load(path).Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        .Where(paragraph => paragraph.Length > 80)
        .ToArray();

    /// <summary>Paragraphs that quote someone: who-said cards, whose options are people, come from these.</summary>
    private static readonly string[] Quoting = Paragraphs
        .Where(paragraph => (paragraph.Contains('“', StringComparison.Ordinal) || paragraph.Contains('"', StringComparison.Ordinal)) && paragraph.Contains(" said", StringComparison.Ordinal))
        .ToArray();

    /// <summary>An article of two to six paragraphs drawn from the development articles, dated so that roles can be asked.</summary>
    private static readonly Gen<Article> Articles = Stitched(Paragraphs);

    /// <summary>Articles of quoting paragraphs, where people are offered as options.</summary>
    private static readonly Gen<Article> QuotingArticles = Stitched(Quoting);

    private static Gen<Article> Stitched(string[] paragraphs) => Gen.Int[0, paragraphs.Length - 1].Array[2, 6].Select(picks =>
    {
        var text = "Stitched article\nDate: 2021-06-28\n\n" + string.Join("\n\n", picks.Select(pick => paragraphs[pick])) + "\n";
        return ArticleReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "stitched.txt");
    });

    [Test]
    public void No_wrong_option_is_the_answer_or_one_of_its_aliases()
    {
        Articles.Sample(
            article =>
            {
                var deck = DeckGenerator.Generate([article], new GenerationOptions("Stitched", AllCandidates: true));
                foreach (var card in deck.Cards.Where(card => card.Type != CardType.TrueFalse))
                {
                    var keys = card.Aliases.Prepend(card.Answer).Select(TextSimilarity.Normalize).ToHashSet(StringComparer.Ordinal);
                    if (card.Distractors.Any(option => keys.Contains(TextSimilarity.Normalize(option))))
                    {
                        return false;
                    }
                }

                return true;
            },
            iter: 40,
            threads: 1);
    }

    [Test]
    public void Every_person_offered_is_named_in_the_article_or_known_to_the_gazetteer()
    {
        QuotingArticles.Sample(
            article =>
            {
                var deck = DeckGenerator.Generate([article], new GenerationOptions("Stitched", AllCandidates: true));
                foreach (var card in deck.Cards.Where(card => card.AnswerKind == AnswerKind.Person && card.Type != CardType.TrueFalse))
                {
                    if (card.Distractors.Any(person => !article.Text.Contains(person, StringComparison.Ordinal) && !Gazetteer.Default.IsPerson(person)))
                    {
                        return false;
                    }
                }

                return true;
            },
            iter: 80,
            threads: 1);
    }
}
