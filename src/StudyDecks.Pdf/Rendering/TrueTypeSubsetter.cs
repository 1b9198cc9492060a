using System.Buffers.Binary;

namespace StudyDecks.Pdf.Rendering;

/// <summary>
/// Shrinks a TrueType font to the glyphs a document uses, keeping every glyph id where it was: unused glyph
/// outlines are emptied and the tables a PDF viewer never reads (layout, kerning, glyph names) are dropped.
/// </summary>
/// <remarks>
/// The PDF backend of SkiaSharp as shipped embeds whole fonts (over 700 KB for DejaVu Sans), which makes a quiz
/// a megabyte and slow to write. Because glyph ids and the character map stay as they were, text drawn with the
/// subset draws exactly as with the original, and widths come from the unchanged metrics.
/// </remarks>
public static class TrueTypeSubsetter
{
    private static readonly HashSet<string> DroppedTables = new(StringComparer.Ordinal)
    {
        "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "hdmx", "VDMX", "LTSH", "DSIG", "PCLT", "FFTM", "gasp",
    };

    /// <summary>The font with only <paramref name="glyphs"/> (and glyph 0 and composite parts) left in it, or <see langword="null"/> when it is not a TrueType font this can subset.</summary>
    public static byte[]? Subset(ReadOnlySpan<byte> font, IReadOnlySet<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        try
        {
            return SubsetOrThrow(font, glyphs);
        }
        catch (Exception exception) when (exception is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static byte[]? SubsetOrThrow(ReadOnlySpan<byte> font, IReadOnlySet<ushort> glyphs)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) != 0x00010000)
        {
            return null;
        }

        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var entry = font.Slice(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }

        if (!tables.TryGetValue("glyf", out var glyfAt) || !tables.TryGetValue("loca", out var locaAt)
            || !tables.TryGetValue("head", out var headAt) || !tables.TryGetValue("maxp", out var maxpAt))
        {
            return null;
        }

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(Table(font, headAt)[50..]) == 1;
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table(font, maxpAt)[4..]);
        var loca = Table(font, locaAt);
        var glyf = Table(font, glyfAt);
        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(g * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(g * 2)..]) * 2;
        }

        var keep = Closure(glyphs, glyphCount, glyf, offsets);
        var newGlyf = new MemoryStream();
        var newLoca = new byte[(glyphCount + 1) * 4];
        for (var g = 0; g < glyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Length);
            if (keep.Contains(g))
            {
                newGlyf.Write(glyf[offsets[g]..offsets[g + 1]]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyphCount * 4), (uint)newGlyf.Length);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, location) in tables)
        {
            if (!DroppedTables.Contains(tag))
            {
                output[tag] = Table(font, location).ToArray();
            }
        }

        output["glyf"] = newGlyf.ToArray();
        output["loca"] = newLoca;
        var newHead = output["head"];
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        if (output.TryGetValue("post", out var post) && post.Length >= 32)
        {
            // Version 3: no glyph names, which are most of the table and unused by PDF viewers.
            var shortPost = post[..32];
            BinaryPrimitives.WriteUInt32BigEndian(shortPost, 0x00030000);
            output["post"] = shortPost;
        }

        var bytes = Assemble(output);
        var adjustment = 0xB1B0AFBA - Checksum(bytes);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(TableOffset(bytes, "head") + 8), adjustment);
        return bytes;
    }

    /// <summary>The glyphs to keep: the ones asked for, glyph 0 (the missing-glyph box) and every part of a composite.</summary>
    private static HashSet<int> Closure(IReadOnlySet<ushort> glyphs, int glyphCount, ReadOnlySpan<byte> glyf, int[] offsets)
    {
        var keep = new HashSet<int> { 0 };
        var pending = new Stack<int>(glyphs.Select(glyph => (int)glyph));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (glyph >= glyphCount || (!keep.Add(glyph) && glyph != 0))
            {
                continue;
            }

            var start = offsets[glyph];
            var end = offsets[glyph + 1];
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0)
            {
                continue;
            }

            // A composite glyph: walk its component records (flags, glyph index, arguments, optional transform).
            var position = start + 10;
            while (true)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[position..]);
                pending.Push(BinaryPrimitives.ReadUInt16BigEndian(glyf[(position + 2)..]));
                position += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                position += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
                if ((flags & 0x0020) == 0)
                {
                    break;
                }
            }
        }

        return keep;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, (int Offset, int Length) location) => font.Slice(location.Offset, location.Length);

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var header = 12 + (16 * count);
        var size = header + tables.Values.Sum(table => (table.Length + 3) & ~3);
        var bytes = new byte[size];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - searchRange));
        var offset = header;
        var index = 0;
        foreach (var (tag, table) in tables)
        {
            var entry = span.Slice(12 + (16 * index++), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, entry);
            table.CopyTo(span[offset..]);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(span.Slice(offset, (table.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)table.Length);
            offset += (table.Length + 3) & ~3;
        }

        return bytes;
    }

    private static int TableOffset(byte[] font, string tag)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + (16 * i), 16);
            if (System.Text.Encoding.ASCII.GetString(entry[..4]) == tag)
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            }
        }

        throw new InvalidDataException($"The font has no {tag} table.");
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        return sum;
    }
}
