using CsCheck;
using StudyDecks.Core.Decks;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Tests.Quality;

public sealed class ChosenStemsTests
{
    private static Card Card(string question, string answer, CardType type) =>
        new("c" + question.GetHashCode(StringComparison.Ordinal), type, question, answer, [], AnswerKind.Number, question, new CardSource("a", 0, 0, 1), ["cloze", "number", "a"]);

    [Test]
    public void Finds_the_duplicates_a_scan_of_every_stem_finds()
    {
        // Stems of a few words from a small vocabulary: near and exact repeats are frequent, as on lines of figures.
        string[] words = ["12", "1923", "March", "5,", "_____", "the", "army", "rose", "by", "%", "$4.5", "million"];
        var stems = Gen.Int[0, words.Length - 1].Select(index => words[index]).Array[1, 14].Select(words => string.Join(' ', words));
        var cards = Gen.Select(stems, Gen.Int[0, 2].Select(index => words[index]), Gen.Bool.Select(cloze => cloze ? CardType.Cloze : CardType.MultipleChoice), Card);
        Gen.Select(cards.Array[1, 30], cards).Sample(
            sample =>
            {
                var (chosen, next) = sample;
                var stemsOfChosen = new ChosenStems();
                var all = new List<(Card Card, string Stem)>();
                foreach (var card in chosen)
                {
                    stemsOfChosen.Add(card, TextSimilarity.Normalize(card.Question));
                    all.Add((card, TextSimilarity.Normalize(card.Question)));
                }

                var stem = TextSimilarity.Normalize(next.Question);
                return stemsOfChosen.HasDuplicateOf(next, stem) == StemIndex.IsDuplicateOfAny(all, next, stem);
            },
            iter: 2000);
    }

    [Test]
    public void Finds_the_duplicates_the_edit_distance_finds_among_lines_of_dates()
    {
        // Long stems of a dozen dates each: the same characters in another order, where only the counts of pairs of
        // characters part two lines before the edit distance; some a few edits from a chosen one.
        string[] months = ["January", "March", "May", "July", "October", "December"];
        var date = Gen.Select(Gen.Int[0, months.Length - 1], Gen.Int[1, 28], Gen.Int[1900, 2030], (month, day, year) => $"{months[month]} {day}, {year}");
        var line = date.Array[6, 12].Select(dates => string.Join(' ', dates) + ".");
        var chosenLines = line.Array[1, 12];
        var sample = Gen.Select(chosenLines, line, Gen.Int[0, 11], Gen.Int[0, 40], (chosen, other, copied, edits) => (chosen, next: edits == 0 ? other : Nearly(chosen[copied % chosen.Length], edits)));
        sample.Sample(
            example =>
            {
                var (chosen, next) = example;
                var stems = new ChosenStems();
                foreach (var question in chosen)
                {
                    stems.Add(Card(question, "1", CardType.Cloze), TextSimilarity.Normalize(question));
                }

                var stem = TextSimilarity.Normalize(next);
                var expected = chosen.Select(TextSimilarity.Normalize).Any(other => other == stem
                    || (Math.Abs(other.Length - stem.Length) < CardLinter.DuplicateDistance * Math.Max(other.Length, stem.Length)
                        && TextSimilarity.Levenshtein(other, stem) < CardLinter.DuplicateDistance * Math.Max(other.Length, stem.Length)));
                return stems.HasDuplicateOf(Card(next, "1", CardType.Cloze), stem) == expected;
            },
            iter: 600);
    }

    /// <summary>The line with <paramref name="edits"/> of its characters turned into another digit.</summary>
    private static string Nearly(string line, int edits)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < edits; i++)
        {
            var at = (i * 7919) % chars.Length;
            chars[at] = (char)('0' + (i % 10));
        }

        return new string(chars);
    }

    [Test]
    public void A_stem_one_figure_apart_is_a_duplicate_and_one_of_other_figures_is_not()
    {
        var chosen = new ChosenStems();
        var first = Card("In 1923 the army rose by 12 percent in _____.", "March", CardType.Cloze);
        chosen.Add(first, TextSimilarity.Normalize(first.Question));
        var near = Card("In 1924 the army rose by 12 percent in _____.", "April", CardType.Cloze);
        var far = Card("17 93 1204 55 _____ 8 66 301 9 4.", "12", CardType.Cloze);
        Assert.Multiple(() =>
        {
            Assert.That(chosen.HasDuplicateOf(near, TextSimilarity.Normalize(near.Question)), Is.True);
            Assert.That(chosen.HasDuplicateOf(far, TextSimilarity.Normalize(far.Question)), Is.False);
        });
    }
}
