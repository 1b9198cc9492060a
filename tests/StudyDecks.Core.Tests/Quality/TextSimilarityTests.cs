using CsCheck;
using StudyDecks.Core.Quality;

namespace StudyDecks.Core.Tests.Quality;

public class TextSimilarityTests
{
    [Test]
    public void A_whole_word_search_ignoring_case_finds_the_first_whole_word_occurrence()
    {
        // Arrange: texts and phrases from a small alphabet of both cases, a letter outside ASCII, a digit and separators,
        // so that false starts, matches at either end and phrases opening with a non-ASCII letter all occur.
        var random = new Random(13);
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => "aAbBéÉ1 -"[random.Next(9)])]);
        var disagreements = new List<string>();

        // Act
        for (var trial = 0; trial < 3000; trial++)
        {
            var text = Text(random.Next(0, 40));
            var phrase = random.Next(3) == 0 && text.Length > 2 ? text.Substring(random.Next(text.Length - 2), 2).ToUpperInvariant() : Text(random.Next(1, 4));
            var expected = -1;
            for (var i = 0; i + phrase.Length <= text.Length && expected < 0; i++)
            {
                if (string.Equals(text.Substring(i, phrase.Length), phrase, StringComparison.OrdinalIgnoreCase)
                    && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + phrase.Length == text.Length || !char.IsLetterOrDigit(text[i + phrase.Length])))
                {
                    expected = i;
                }
            }

            if (TextSimilarity.WholeWordIndex(text, phrase) != expected)
            {
                disagreements.Add($"\"{phrase}\" in \"{text}\": {TextSimilarity.WholeWordIndex(text, phrase)}, expected {expected}");
            }
        }

        // Assert
        Assert.That(disagreements, Is.Empty);
    }

    [Test]
    public void The_bounded_distance_check_agrees_with_the_full_edit_distance()
    {
        // Arrange: texts from a small alphabet, so that near and far pairs, shared prefixes and suffixes all occur.
        var random = new Random(11);
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => "abcd _"[random.Next(6)])]);
        var disagreements = new List<string>();

        // Act
        for (var trial = 0; trial < 3000; trial++)
        {
            var a = Text(random.Next(0, 60));
            var b = random.Next(3) == 0 ? Mutate(a, random) : Text(random.Next(0, 60));
            var distance = TextSimilarity.Levenshtein(a, b);
            var limit = random.Next(4) == 0 ? random.Next(0, 8) : Math.Round(random.NextDouble() * 0.5 * Math.Max(a.Length, b.Length), 2);
            if (TextSimilarity.IsCloserThan(a, b, limit) != distance < limit)
            {
                disagreements.Add($"\"{a}\" / \"{b}\": distance {distance}, limit {limit}");
            }
        }

        // Assert
        Assert.That(disagreements, Is.Empty);
    }

    [Test]
    public void The_bounded_distance_check_agrees_with_the_full_edit_distance_on_long_texts()
    {
        // Arrange: texts of several blocks of 64 characters, with a letter outside ASCII, near and far, and limits wide
        // enough for the bit-parallel path, many of them right at the distance.
        var random = new Random(12);
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => "abé _1"[random.Next(6)])]);
        var disagreements = new List<string>();

        // Act
        for (var trial = 0; trial < 1500; trial++)
        {
            var a = Text(random.Next(0, 300));
            var b = a;
            if (random.Next(3) == 0)
            {
                b = Text(random.Next(0, 300));
            }
            else
            {
                for (var round = random.Next(0, 20); round > 0; round--)
                {
                    b = Mutate(b, random);
                }
            }

            var distance = TextSimilarity.Levenshtein(a, b);
            var limit = random.Next(2) == 0 ? distance + ((random.Next(5) - 2) * 0.5) : 25 + (random.NextDouble() * 100);
            if (TextSimilarity.IsCloserThan(a, b, limit) != distance < limit)
            {
                disagreements.Add($"\"{a}\" / \"{b}\": distance {distance}, limit {limit}");
            }
        }

        // Assert
        Assert.That(disagreements, Is.Empty);
    }

    [Test]
    public void The_bounded_distance_check_agrees_with_the_full_edit_distance_on_lines_of_dates()
    {
        // Lines of a dozen dates, as long articles of figures hold: the same characters in another order, far apart or
        // a few edits apart, with limits around the duplicate distance, where the check stops early on a whole column.
        string[] months = ["january", "march", "may", "july", "october", "december"];
        var date = Gen.Select(Gen.Int[0, months.Length - 1], Gen.Int[1, 28], Gen.Int[1900, 2030], (month, day, year) => $"{months[month]} {day} {year}");
        var line = date.Array[4, 14].Select(dates => string.Join(' ', dates));
        var edit = Gen.Select(Gen.Int[0, 300], Gen.Int[0, 2], Gen.Char['0', 'z']);
        var pair = Gen.Select(line, line, edit.Array[0, 40], Gen.Bool, (a, other, edits, near) => (a, near ? Edited(a, edits) : other));
        Gen.Select(pair, Gen.Double[0.05, 0.45]).Sample(
            sample =>
            {
                var ((a, b), share) = sample;
                var limit = share * Math.Max(a.Length, b.Length);
                return TextSimilarity.IsCloserThan(a, b, limit) == TextSimilarity.Levenshtein(a, b) < limit;
            },
            iter: 1500);
    }

    private static string Edited(string text, (int At, int Kind, char Character)[] edits)
    {
        var chars = text.ToList();
        foreach (var (at, kind, character) in edits)
        {
            var position = at % (chars.Count + 1);
            if (kind == 0 || position == chars.Count)
            {
                chars.Insert(position, character);
            }
            else if (kind == 1)
            {
                chars.RemoveAt(position);
            }
            else
            {
                chars[position] = character;
            }
        }

        return new string([.. chars]);
    }

    [Test]
    public void Edit_distance_counts_insertions_deletions_and_substitutions()
    {
        // Act and assert
        Assert.That(TextSimilarity.Levenshtein("kitten", "sitting"), Is.EqualTo(3));
        Assert.That(TextSimilarity.Levenshtein("", "abc"), Is.EqualTo(3));
        Assert.That(TextSimilarity.Levenshtein("the coalition met in rome", "the coalition met in paris"), Is.EqualTo(5));
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        for (var edits = random.Next(0, 6); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, 'x');
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                case 2 when at < chars.Count:
                    chars[at] = 'y';
                    break;
            }
        }

        return new string([.. chars]);
    }
}
