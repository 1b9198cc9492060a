using System.Globalization;

namespace StudyDecks.Pdf.Layout.Text;

/// <summary>
/// The Unicode bidirectional algorithm (UAX #9) for plain text: paragraph level (P2, P3), weak types (W1–W7),
/// neutrals (N1, N2), implicit levels (I1, I2), and per line the reset of trailing white space (L1) and the
/// reordering of runs (L2). Mirroring (L4) is left to HarfBuzz, which mirrors brackets in right-to-left runs.
/// </summary>
/// <remarks>
/// Deck text is plain: explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are not honoured
/// and count as boundary neutrals. Character classes come from the Unicode blocks of the right-to-left scripts and
/// .NET's general categories, which .NET ships without ICU, rather than from the full Unicode data file.
/// </remarks>
public static class Bidi
{
    /// <summary>Whether <paramref name="text"/> holds anything that can make a line other than plain left to right.</summary>
    public static bool HasRightToLeft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            // Every right-to-left letter and Arabic digit lies above U+058F.
            if (text[i] >= '\u0590' && ClassAt(text, i) is BidiClass.R or BidiClass.AL or BidiClass.AN)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the first strong character of <paramref name="text"/> is right to left (rules P2 and P3).</summary>
    public static bool StartsRightToLeft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            switch (ClassAt(text, i))
            {
                case BidiClass.L:
                    return false;
                case BidiClass.R or BidiClass.AL:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The embedding level of each UTF-16 unit of a paragraph whose own level is <paramref name="paragraphLevel"/> (0 or 1).</summary>
    public static byte[] ResolveLevels(string text, int paragraphLevel)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = text.Length;
        var types = new BidiClass[n];
        for (var i = 0; i < n; i++)
        {
            types[i] = ClassAt(text, i);
        }

        var edge = paragraphLevel % 2 == 0 ? BidiClass.L : BidiClass.R; // sos and eos: one level throughout
        ResolveWeak(types, edge);
        ResolveNeutral(types, edge);

        var levels = new byte[n];
        for (var i = 0; i < n; i++)
        {
            // I1, I2.
            var level = paragraphLevel;
            if (level % 2 == 0)
            {
                level += types[i] == BidiClass.R ? 1 : types[i] is BidiClass.AN or BidiClass.EN ? 2 : 0;
            }
            else
            {
                level += types[i] is BidiClass.L or BidiClass.EN or BidiClass.AN ? 1 : 0;
            }

            levels[i] = (byte)level;
        }

        return levels;
    }

    /// <summary>
    /// Rule L1 for one line: white space at the end of the line, and segment and paragraph separators with the white
    /// space before them, go back to the paragraph level.
    /// </summary>
    public static void ResetWhitespace(ReadOnlySpan<char> line, Span<byte> levels, int paragraphLevel)
    {
        var trailing = true;
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var type = ClassOf(line[i]);
            if (type is BidiClass.S or BidiClass.B)
            {
                levels[i] = (byte)paragraphLevel;
                trailing = true;
            }
            else if (trailing && type is BidiClass.WS or BidiClass.BN)
            {
                levels[i] = (byte)paragraphLevel;
            }
            else
            {
                trailing = false;
            }
        }
    }

    /// <summary>
    /// Rule L2: the visual order of runs whose levels are <paramref name="levels"/>, as indices into them, leftmost
    /// first. From the highest level down to the lowest odd one, every stretch of runs at that level or above is reversed.
    /// </summary>
    public static int[] VisualOrder(IReadOnlyList<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0)
        {
            return order;
        }

        var highest = levels.Max();
        var lowestOdd = levels.Where(level => level % 2 == 1).DefaultIfEmpty(highest + 1).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    /// <summary>The bidirectional class of the UTF-16 unit at <paramref name="index"/>; both halves of a surrogate pair get the pair's.</summary>
    internal static BidiClass ClassAt(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return ClassOf(char.ConvertToUtf32(c, text[index + 1]));
        }

        if (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]))
        {
            return ClassOf(char.ConvertToUtf32(text[index - 1], c));
        }

        return ClassOf(c);
    }

    /// <summary>The bidirectional class of a code point (Unicode's Bidi_Class, for the classes this algorithm uses).</summary>
    internal static BidiClass ClassOf(int codePoint)
    {
        switch (codePoint)
        {
            case 0x09 or 0x0B or 0x1F:
                return BidiClass.S;
            case 0x0A or 0x0D or 0x1C or 0x1D or 0x1E or 0x85 or 0x2029:
                return BidiClass.B;
            case 0x0C or 0x20 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x205F or 0x3000:
                return BidiClass.WS;
            case 0x200E:
                return BidiClass.L;
            case 0x200F:
                return BidiClass.R;
            case 0x061C:
                return BidiClass.AL;
            case >= 0x30 and <= 0x39:
            case 0xB2 or 0xB3 or 0xB9 or 0x2070 or (>= 0x2074 and <= 0x2079) or (>= 0x2080 and <= 0x2089):
            case (>= 0x06F0 and <= 0x06F9) or (>= 0xFF10 and <= 0xFF19) or (>= 0x1D7CE and <= 0x1D7FF):
                return BidiClass.EN;
            case (>= 0x0600 and <= 0x0605) or (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C or 0x06DD or 0x0890 or 0x0891 or 0x08E2:
                return BidiClass.AN;
            case 0x2B or 0x2D or 0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFB29 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D:
                return BidiClass.ES;
            case 0x2C or 0x2E or 0x2F or 0x3A or 0xA0 or 0x060C or 0x202F or 0x2044 or 0xFE50 or 0xFE52 or 0xFE55 or 0xFF0C or 0xFF0E or 0xFF0F or 0xFF1A:
                return BidiClass.CS;
            case 0x23 or 0x24 or 0x25 or (>= 0xA2 and <= 0xA5) or 0xB0 or 0xB1 or 0x0609 or 0x060A or 0x066A or (>= 0x2030 and <= 0x2034) or 0x212E or 0x2213:
                return BidiClass.ET;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                return BidiClass.NSM;
            case UnicodeCategory.Format or UnicodeCategory.Control:
                return BidiClass.BN;
            case UnicodeCategory.CurrencySymbol:
                return BidiClass.ET;
            case UnicodeCategory.SpaceSeparator:
                return BidiClass.WS;
        }

        if (IsArabicLetterBlock(codePoint))
        {
            return BidiClass.AL;
        }

        if (IsRightToLeftBlock(codePoint))
        {
            return BidiClass.R;
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => BidiClass.L,
            _ => BidiClass.ON,
        };
    }

    // Arabic, Syriac, Arabic Supplement, Thaana, Syriac Supplement, Arabic Extended, Arabic presentation forms, and
    // the supplementary Arabic-letter scripts (Hanifi Rohingya, Sogdian, Arabic mathematical letters…).
    private static bool IsArabicLetterBlock(int c) =>
        c is (>= 0x0600 and <= 0x07BF) or (>= 0x0860 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFDFF)
            or (>= 0xFE70 and <= 0xFEFE) or (>= 0x10D00 and <= 0x10D3F) or (>= 0x10EC0 and <= 0x10EFF) or (>= 0x10F30 and <= 0x10F6F)
            or (>= 0x1EC70 and <= 0x1ECBF) or (>= 0x1ED00 and <= 0x1ED4F) or (>= 0x1EE00 and <= 0x1EEFF);

    // Hebrew, NKo, Samaritan, Mandaic, Hebrew presentation forms and the supplementary right-to-left blocks.
    private static bool IsRightToLeftBlock(int c) =>
        c is (>= 0x0590 and <= 0x05FF) or (>= 0x07C0 and <= 0x085F) or (>= 0xFB1D and <= 0xFB4F) or (>= 0x10800 and <= 0x10FFF)
            or (>= 0x1E800 and <= 0x1EFFF);

    private static void ResolveWeak(BidiClass[] types, BidiClass edge)
    {
        var n = types.Length;

        // W1: a mark takes the class of what it marks.
        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiClass.NSM)
            {
                types[i] = i == 0 ? edge : types[i - 1];
            }
        }

        // W2: European digits after Arabic letters are Arabic numbers. W3: Arabic letters are right to left.
        var strong = edge;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                strong = types[i];
            }
            else if (types[i] == BidiClass.EN && strong == BidiClass.AL)
            {
                types[i] = BidiClass.AN;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiClass.AL)
            {
                types[i] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of a kind joins them ("1,000", "3+4").
        for (var i = 1; i < n - 1; i++)
        {
            if (types[i] == BidiClass.ES && types[i - 1] == BidiClass.EN && types[i + 1] == BidiClass.EN)
            {
                types[i] = BidiClass.EN;
            }
            else if (types[i] == BidiClass.CS && types[i - 1] is BidiClass.EN or BidiClass.AN && types[i + 1] == types[i - 1])
            {
                types[i] = types[i - 1];
            }
        }

        // W5: terminators beside European digits belong to the number ("$5", "20%").
        for (var i = 0; i < n;)
        {
            if (types[i] != BidiClass.ET)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < n && types[end] == BidiClass.ET)
            {
                end++;
            }

            if ((i > 0 && types[i - 1] == BidiClass.EN) || (end < n && types[end] == BidiClass.EN))
            {
                Array.Fill(types, BidiClass.EN, i, end - i);
            }

            i = end;
        }

        // W6: separators and terminators left over are neutral. W7: European digits in left-to-right text are left to right.
        strong = edge;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                types[i] = BidiClass.ON;
            }

            if (types[i] is BidiClass.L or BidiClass.R)
            {
                strong = types[i];
            }
            else if (types[i] == BidiClass.EN && strong == BidiClass.L)
            {
                types[i] = BidiClass.L;
            }
        }
    }

    /// <summary>N1, N2: neutrals between two of one direction take it (numbers count as right to left); others the paragraph's.</summary>
    private static void ResolveNeutral(BidiClass[] types, BidiClass edge)
    {
        var n = types.Length;
        for (var i = 0; i < n;)
        {
            if (!IsNeutral(types[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < n && IsNeutral(types[end]))
            {
                end++;
            }

            var before = i == 0 ? edge : Direction(types[i - 1]);
            var after = end == n ? edge : Direction(types[end]);
            Array.Fill(types, before == after ? before : edge, i, end - i);
            i = end;
        }
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.BN;

    private static BidiClass Direction(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;
}

/// <summary>The bidirectional character classes of UAX #9 that plain text uses.</summary>
internal enum BidiClass
{
    /// <summary>Left-to-right letter.</summary>
    L,

    /// <summary>Right-to-left letter (Hebrew).</summary>
    R,

    /// <summary>Arabic letter.</summary>
    AL,

    /// <summary>European digit.</summary>
    EN,

    /// <summary>European separator: plus, minus.</summary>
    ES,

    /// <summary>European terminator: currency, percent, degree.</summary>
    ET,

    /// <summary>Arabic-Indic digit.</summary>
    AN,

    /// <summary>Common number separator: comma, full stop, colon, slash.</summary>
    CS,

    /// <summary>Non-spacing mark.</summary>
    NSM,

    /// <summary>Boundary neutral: format and control characters.</summary>
    BN,

    /// <summary>Paragraph separator.</summary>
    B,

    /// <summary>Segment separator: tab.</summary>
    S,

    /// <summary>White space.</summary>
    WS,

    /// <summary>Other neutral: punctuation and symbols.</summary>
    ON,
}
