using System.Numerics;

namespace StudyDecks.Core.Quality;

/// <summary>Normalised comparisons between options and stems: case, punctuation and leading articles ignored.</summary>
internal static class TextSimilarity
{
    /// <summary>Longest text normalised in a caller's stack buffer (<see cref="Normalize(string, Span{char})"/>).</summary>
    public const int StackLimit = 256;

    /// <summary>Lower case, letters and digits only, single spaces, without a leading "the"/"a"/"an".</summary>
    public static string Normalize(string text)
    {
        // Built in a stack buffer: this runs for every option against every other and against every stem.
        const int Limit = 512;
        var buffer = text.Length <= Limit ? stackalloc char[Limit] : new char[text.Length];
        var result = Normalized(text, buffer);
        return result.Length == text.Length && result.SequenceEqual(text) ? text : result.ToString();
    }

    /// <summary>
    /// <see cref="Normalize(string)"/> written into <paramref name="buffer"/> when it is long enough (allocating
    /// otherwise): comparisons between options need the normalised text only for a moment.
    /// </summary>
    public static ReadOnlySpan<char> Normalize(string text, Span<char> buffer) =>
        text.Length <= buffer.Length ? Normalized(text, buffer) : Normalize(text);

    private static ReadOnlySpan<char> Normalized(string text, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (c is ' ' or '-' or '/' or '\u00a0')
            {
                space = true;
            }
        }

        ReadOnlySpan<char> result = buffer[..length];
        foreach (var article in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (result.StartsWith(article, StringComparison.Ordinal))
            {
                return result[article.Length..];
            }
        }

        return result;
    }

    /// <summary>Levenshtein distance divided by the longer length: 0 for equal texts, 1 for nothing in common.</summary>
    public static double NormalizedDistance(string first, string second)
    {
        var a = Normalize(first);
        var b = Normalize(second);
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 0 : (double)Levenshtein(a, b) / longer;
    }

    public static int Levenshtein(string a, string b) => Levenshtein(a.AsSpan(), b.AsSpan());

    /// <summary>Edit distance between two texts: insertions, deletions and substitutions of one character each.</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Distance(a, b, double.PositiveInfinity);

    /// <summary>
    /// Whether the edit distance between the texts is below <paramref name="limit"/>: the same answer as comparing
    /// <see cref="Levenshtein(ReadOnlySpan{char}, ReadOnlySpan{char})"/>, but it stops as soon as the limit is reached,
    /// which for two different names is after a few characters.
    /// </summary>
    public static bool IsCloserThan(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double limit) => Distance(a, b, limit) < limit;

    /// <summary>
    /// <see cref="IsCloserThan"/> for texts whose counts of characters and of pairs were compared already
    /// (<see cref="ChosenStems"/>): the same answer, without counting them again.
    /// </summary>
    internal static bool IsCloserThanCounted(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double limit) => Distance(a, b, limit, counted: true) < limit;

    /// <summary>The edit distance, or a lower bound of it that is at least <paramref name="stopAt"/>.</summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double stopAt, bool counted = false)
    {
        // A shared prefix or suffix never changes the distance, and stems of one sentence share most of their text.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        var suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        a = a[..^suffix];
        b = b[..^suffix];
        if (Math.Abs(a.Length - b.Length) >= stopAt)
        {
            return Math.Abs(a.Length - b.Length); // the length difference alone costs that many insertions
        }

        // Each edit changes at most two character counts by one: half the difference of the texts' character counts
        // is a lower bound that rules out two different stems in one pass, before the quadratic table.
        if (!counted && !double.IsPositiveInfinity(stopAt) && a.Length + b.Length > 32 && (CountDifference(a, b) + 1) / 2 is var lowerBound && lowerBound >= stopAt)
        {
            return lowerBound;
        }

        // The same for adjacent pairs of characters: one edit turns at most two pairs into two others, so a quarter of
        // the difference of the pair counts bounds the distance too, and it parts stems that hold the same characters in
        // another order (two lines of figures or dates) where the table would be filled for every pair of stems.
        if (!counted && !double.IsPositiveInfinity(stopAt) && a.Length + b.Length > 32 && (PairDifference(a, b) + 3) / 4 is var pairBound && pairBound >= stopAt)
        {
            return pairBound;
        }

        if (!double.IsPositiveInfinity(stopAt))
        {
            // Past a narrow band (options a few edits apart), 64 cells a word operation cost less than one cell a step.
            var band = (int)Math.Ceiling(stopAt) - 1;
            return band >= BitParallelBand ? BitParallel(a, b, stopAt) : WithinBand(a, b, band);
        }

        const int RowStackLimit = 256;
        var previous = b.Length < RowStackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        var current = b.Length < RowStackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            // No row's minimum is below the previous row's: once it reaches the limit, so will the distance.
            if (rowMinimum >= stopAt)
            {
                return rowMinimum;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The edit distance when it is at most <paramref name="band"/>, else a number above it: a path through the table
    /// that strays more than that many cells from its diagonal costs more than that, so only the cells near the
    /// diagonal are computed.
    /// </summary>
    private static int WithinBand(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int band)
    {
        if (band < 0)
        {
            return 0;
        }

        var beyond = band + 1; // stands for every cell off the band
        const int RowStackLimit = 256;
        var previous = b.Length < RowStackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        var current = b.Length < RowStackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= band ? j : beyond;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - band);
            var high = Math.Min(b.Length, i + band);
            current[low - 1] = low == 1 && i <= band ? i : beyond;
            var rowMinimum = current[low - 1];
            for (var j = low; j <= high; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (high < b.Length)
            {
                current[high + 1] = beyond;
            }

            if (rowMinimum >= beyond)
            {
                return beyond;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], beyond);
    }

    /// <summary>The band from which <see cref="BitParallel"/> is the cheaper way to the distance.</summary>
    private const int BitParallelBand = 8;

    /// <summary>
    /// The edit distance by Myers' bit-vector algorithm (J. ACM 46(3), 1999, with its blocks of 64 rows): each machine word
    /// holds the vertical differences of 64 cells of a column, so a column costs a few word operations per block. Stops
    /// with a lower bound at least <paramref name="stopAt"/> once the last row can no longer come down below it.
    /// </summary>
    private static int BitParallel(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double stopAt)
    {
        if (a.Length > b.Length)
        {
            var longer = a;
            a = b;
            b = longer;
        }

        if (a.Length == 0)
        {
            return b.Length;
        }

        // The rows are the shorter text's characters; for each character, the rows that hold it, block by block. Slot 0
        // (no row) serves every character the shorter text lacks.
        var blocks = (a.Length + 63) / 64;
        // The distinct characters in a buffer of the caller's stack: a list grown for every pair of texts compared was
        // most of the cost of comparing two long lines, in allocations.
        Span<char> characters = a.Length <= 256 ? stackalloc char[a.Length] : new char[a.Length];
        var distinct = 0;
        Span<int> asciiSlots = stackalloc int[128];
        Span<int> rowSlots = a.Length <= 256 ? stackalloc int[a.Length] : new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            // A character seen already is read straight from the table: a line of dates repeats a handful of characters.
            rowSlots[i] = a[i] < 128 && asciiSlots[a[i]] != 0 ? asciiSlots[a[i]] : Slot(a[i], asciiSlots, characters, ref distinct, add: true);
        }

        var masks = (distinct + 1) * blocks <= 512 ? stackalloc ulong[(distinct + 1) * blocks] : new ulong[(distinct + 1) * blocks];
        for (var i = 0; i < a.Length; i++)
        {
            masks[(rowSlots[i] * blocks) + (i / 64)] |= 1UL << (i % 64);
        }

        // Vertical differences down each block's column: +1 (Pv) or -1 (Mv); column 0 climbs by one a row.
        Span<ulong> plus = blocks <= 16 ? stackalloc ulong[blocks] : new ulong[blocks];
        Span<ulong> minus = blocks <= 16 ? stackalloc ulong[blocks] : new ulong[blocks];
        plus.Fill(ulong.MaxValue);
        var lastRow = 1UL << ((a.Length - 1) % 64);
        var score = a.Length;
        for (var j = 0; j < b.Length; j++)
        {
            // An ASCII character's slot is read straight from the table (0 when the shorter text lacks it): this runs for
            // every character of the longer text, and two lines of figures or dates are long.
            var character = b[j];
            var slot = character < 128 ? asciiSlots[character] : Slot(character, asciiSlots, characters, ref distinct, add: false);
            var carry = 1; // row 0 climbs by one a column
            for (var block = 0; block < blocks; block++)
            {
                var equal = masks[(slot * blocks) + block];
                var pv = plus[block];
                var mv = minus[block];
                var xv = equal | mv;
                if (carry < 0)
                {
                    equal |= 1;
                }

                var xh = (((equal & pv) + pv) ^ pv) | equal;
                var ph = mv | ~(xh | pv);
                var mh = pv & xh;
                var top = block == blocks - 1 ? lastRow : 1UL << 63;
                var next = (ph & top) != 0 ? 1 : (mh & top) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (carry < 0)
                {
                    mh |= 1;
                }
                else if (carry > 0)
                {
                    ph |= 1;
                }

                plus[block] = mh | ~(xv | ph);
                minus[block] = ph & xv;
                carry = next;
            }

            score += carry;
            // Each column left can lower the last row by one at most.
            var floor = score - (b.Length - 1 - j);
            if (floor >= stopAt)
            {
                return floor;
            }

            // Now and then, the whole column: two texts far apart (lines of dates) are told apart a third of the way in.
            // Before the limit's own count of columns no cell of the column can reach it.
            if (j % ColumnCheckInterval == ColumnCheckInterval - 1 && j + 1 >= stopAt
                && ColumnFloor(plus, minus, a.Length, j + 1, b.Length - j - 1, (int)Math.Ceiling(stopAt)) is var columnFloor && columnFloor >= stopAt)
            {
                return columnFloor;
            }
        }

        return score;
    }

    /// <summary>How many columns <see cref="BitParallel"/> goes between two looks at <see cref="ColumnFloor"/>.</summary>
    private const int ColumnCheckInterval = 16;

    /// <summary>
    /// A lower bound of the edit distance from one column of the table, as far as <paramref name="reach"/>: the path to
    /// the last cell crosses the column at some row, having cost at least that cell, and then needs at least as many
    /// insertions or deletions as the rest of the two texts differ in length. <paramref name="plus"/> and
    /// <paramref name="minus"/> are the column's vertical differences, <paramref name="column"/> its index (its top
    /// cell's value), <paramref name="columnsLeft"/> the columns after it. Only the rows whose rest differs by less than
    /// <paramref name="reach"/> are walked: the others cannot bring the bound below it.
    /// </summary>
    private static int ColumnFloor(ReadOnlySpan<ulong> plus, ReadOnlySpan<ulong> minus, int rows, int column, int columnsLeft, int reach)
    {
        // From this row on, the rest of both texts is as long.
        var even = rows - columnsLeft;
        var first = Math.Max(0, even - reach + 1);
        var last = Math.Min(rows, even + reach - 1);
        if (first > last)
        {
            return reach;
        }

        // The value of row `first`: the top cell's, plus the differences down to it (row r is bit r - 1).
        var value = column + OnesBefore(plus, first) - OnesBefore(minus, first);
        var floor = value + Math.Abs(even - first);
        for (var row = first + 1; row <= last; row++)
        {
            var word = (row - 1) >> 6;
            var bit = 1UL << ((row - 1) & 63);
            value += (plus[word] & bit) != 0 ? 1 : (minus[word] & bit) != 0 ? -1 : 0;
            floor = Math.Min(floor, value + Math.Abs(even - row));
        }

        return Math.Min(floor, reach);
    }

    /// <summary>How many of the first <paramref name="count"/> bits of <paramref name="bits"/> are set.</summary>
    private static int OnesBefore(ReadOnlySpan<ulong> bits, int count)
    {
        var ones = 0;
        for (var word = 0; word < count >> 6; word++)
        {
            ones += BitOperations.PopCount(bits[word]);
        }

        return (count & 63) == 0 ? ones : ones + BitOperations.PopCount(bits[count >> 6] & ((1UL << (count & 63)) - 1));
    }

    /// <summary>The slot of a character among the shorter text's (0: none), adding it when <paramref name="add"/>.</summary>
    private static int Slot(char c, Span<int> asciiSlots, Span<char> characters, ref int distinct, bool add)
    {
        if (c < 128 && asciiSlots[c] != 0)
        {
            return asciiSlots[c];
        }

        if (c >= 128 && characters[..distinct].IndexOf(c) is var found && found >= 0)
        {
            return found + 1;
        }

        if (!add)
        {
            return 0;
        }

        characters[distinct++] = c;
        if (c < 128)
        {
            asciiSlots[c] = distinct;
        }

        return distinct;
    }

    /// <summary>
    /// The sum over characters of how much more often each occurs in one text than in the other (characters folded
    /// into 128 bins, which can only make the sum smaller).
    /// </summary>
    private static int CountDifference(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var c in a)
        {
            counts[c & 127]++;
        }

        foreach (var c in b)
        {
            counts[c & 127]--;
        }

        var difference = 0;
        foreach (var count in counts)
        {
            difference += Math.Abs(count);
        }

        return difference;
    }

    /// <summary>
    /// The sum over pairs of adjacent characters of how much more often each occurs in one text than in the other (pairs
    /// folded into 1024 bins, which can only make the sum smaller).
    /// </summary>
    private static int PairDifference(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // One table per thread, left all zero after each use: clearing a fresh one cost more than the counting.
        var counts = pairCounts ??= new int[PairBins];
        for (var i = 1; i < a.Length; i++)
        {
            counts[PairBin(a[i - 1], a[i])]++;
        }

        for (var i = 1; i < b.Length; i++)
        {
            counts[PairBin(b[i - 1], b[i])]--;
        }

        // Only the bins the texts touched can be other than zero; each is counted once, then cleared.
        return Drain(a, counts) + Drain(b, counts);
    }

    private static int Drain(ReadOnlySpan<char> text, int[] counts)
    {
        var difference = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var bin = PairBin(text[i - 1], text[i]);
            difference += Math.Abs(counts[bin]);
            counts[bin] = 0;
        }

        return difference;
    }

    [ThreadStatic]
    private static int[]? pairCounts;

    /// <summary>The bin of a pair of adjacent characters among <see cref="PairBins"/>.</summary>
    internal static int PairBin(char first, char second) => ((first << 5) ^ second) & (PairBins - 1);

    /// <summary>How many bins pairs of adjacent characters are folded into.</summary>
    internal const int PairBins = 1024;

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words, ignoring case.</summary>
    public static bool ContainsPhrase(string text, string phrase) => ContainsPhrase(text, phrase.AsSpan());

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words, ignoring case.</summary>
    public static bool ContainsPhrase(string text, ReadOnlySpan<char> phrase) => ContainsPhrase(text, phrase, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words, compared as
    /// <paramref name="comparison"/> says ("US" as a country only in capitals, never "us").
    /// </summary>
    public static bool ContainsPhrase(string text, ReadOnlySpan<char> phrase, StringComparison comparison) => WholeWordIndex(text, phrase, comparison) >= 0;

    /// <summary>Where <paramref name="phrase"/> first occurs in <paramref name="text"/> as whole words, ignoring case; -1 if nowhere.</summary>
    public static int WholeWordIndex(string text, string phrase) => WholeWordIndex(text, phrase, StringComparison.OrdinalIgnoreCase);

    private static int WholeWordIndex(string text, ReadOnlySpan<char> phrase, StringComparison comparison)
    {
        if (phrase.Length == 0)
        {
            return -1;
        }

        var index = 0;
        while (IndexOf(text, phrase, index, comparison) is var found && found >= 0)
        {
            index = found;
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var afterIndex = index + phrase.Length;
            var after = afterIndex >= text.Length || !char.IsLetterOrDigit(text[afterIndex]);
            if (before && after)
            {
                return index;
            }

            index++;
        }

        return -1;
    }

    /// <summary>
    /// The first of <paramref name="name"/>'s <see cref="ContentWords"/> that <paramref name="text"/> holds as a whole
    /// word, or <see langword="null"/>; without building the words, since most names share none.
    /// </summary>
    public static string? FirstContentWordIn(string text, string name)
    {
        var buffer = name.Length <= StackLimit ? stackalloc char[StackLimit] : new char[name.Length];
        var normalized = Normalize(name, buffer);
        var smallWords = SmallWords.GetAlternateLookup<ReadOnlySpan<char>>();
        while (normalized.Length > 0)
        {
            var space = normalized.IndexOf(' ');
            var word = space < 0 ? normalized : normalized[..space];
            normalized = space < 0 ? [] : normalized[(space + 1)..];
            if (word.Length >= 2 && !smallWords.Contains(word) && ContainsPhrase(text, word))
            {
                return word.ToString();
            }
        }

        return null;
    }

    /// <summary>The words of a name or phrase that carry content: not small words, at least two characters.</summary>
    public static IEnumerable<string> ContentWords(string text)
    {
        foreach (var word in Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 2 && !SmallWords.Contains(word))
            {
                yield return word;
            }
        }
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "for", "to", "in", "on", "at", "a", "an", "by", "with", "from", "its", "their", "his", "her", "is", "was", "be",
        "million", "billion", "trillion", "thousand", "percent", "per", "cent", "year", "years", "month", "months", "day", "days", "week", "weeks",
    };

    private static int IndexOf(string text, ReadOnlySpan<char> phrase, int from, StringComparison comparison)
    {
        var found = comparison == StringComparison.OrdinalIgnoreCase && char.IsAscii(phrase[0])
            ? AsciiFirstIndexOfIgnoreCase(text.AsSpan(from), phrase)
            : text.AsSpan(from).IndexOf(phrase, comparison);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> ignoring case, for
    /// a phrase that opens with an ASCII character: the framework's search without culture data goes character by
    /// character, while the first character's two cases are found vectorised. Without culture data no other character
    /// matches an ASCII one ignoring case, so the result is the same.
    /// </summary>
    private static int AsciiFirstIndexOfIgnoreCase(ReadOnlySpan<char> text, ReadOnlySpan<char> phrase)
    {
        var lower = char.ToLowerInvariant(phrase[0]);
        var upper = char.ToUpperInvariant(phrase[0]);
        var start = 0;
        while (start + phrase.Length <= text.Length)
        {
            var next = text[start..].IndexOfAny(lower, upper);
            if (next < 0 || start + next + phrase.Length > text.Length)
            {
                return -1;
            }

            start += next;
            if (text.Slice(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return start;
            }

            start++;
        }

        return -1;
    }
}
