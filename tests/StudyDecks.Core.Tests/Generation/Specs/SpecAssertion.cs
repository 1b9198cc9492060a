using System.Globalization;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Tests.Generation.Specs;

/// <summary>One line of an <c>expect</c> block: a statement about the deck generated from the case's article.</summary>
internal sealed class SpecAssertion
{
    /// <summary>The assertion forms, as written in a spec file (the README documents them).</summary>
    public static readonly IReadOnlyList<string> Forms =
    [
        "no card",
        "at least N cards",
        "card: TEXT",
        "card with answer: TEXT",
        "no card with answer: TEXT",
        "no card with option: TEXT",
        "card with option: TEXT",
        "no options for answer: TEXT",
        "question contains: TEXT",
        "no question contains: TEXT",
        "no context line contains its answer",
        "card with context line: TEXT",
    ];

    private readonly Func<IReadOnlyList<Card>, bool> _holds;

    private SpecAssertion(string text, Func<IReadOnlyList<Card>, bool> holds)
    {
        Text = text;
        _holds = holds;
    }

    /// <summary>The line as written.</summary>
    public string Text { get; }

    /// <summary>Whether the assertion holds for the deck's cards.</summary>
    public bool HoldsFor(IReadOnlyList<Card> cards) => _holds(cards);

    /// <summary>Reads one assertion line; <see langword="null"/> with an error message if the line is not one of <see cref="Forms"/>.</summary>
    public static SpecAssertion? Parse(string line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        error = null;
        if (line == "no card")
        {
            return new SpecAssertion(line, cards => cards.Count == 0);
        }

        if (line == "no context line contains its answer")
        {
            return new SpecAssertion(line, cards => !cards.Any(card => card.Context is { } context && context.Contains(card.Answer, StringComparison.Ordinal)));
        }

        if (TryValue(line, "card with context line:", out var text))
        {
            return new SpecAssertion(line, cards => cards.Any(card => card.Context == text));
        }

        if (TryValue(line, "no card with answer:", out text))
        {
            return new SpecAssertion(line, cards => !cards.Any(card => card.Answer == text));
        }

        if (TryValue(line, "no card with option:", out text))
        {
            return new SpecAssertion(line, cards => !cards.Any(card => card.Distractors.Contains(text, StringComparer.Ordinal)));
        }

        if (TryValue(line, "card with option:", out text))
        {
            return new SpecAssertion(line, cards => cards.Any(card => card.Distractors.Contains(text, StringComparer.Ordinal)));
        }

        if (TryValue(line, "no options for answer:", out text))
        {
            return new SpecAssertion(line, cards => cards.Any(card => card.Answer == text) && !cards.Any(card => card.Answer == text && card.Distractors.Count > 0));
        }

        if (TryValue(line, "card with answer:", out text))
        {
            return new SpecAssertion(line, cards => cards.Any(card => card.Answer == text));
        }

        if (TryValue(line, "no question contains:", out text))
        {
            return new SpecAssertion(line, cards => !cards.Any(card => card.Question.Contains(text, StringComparison.Ordinal)));
        }

        if (TryValue(line, "question contains:", out text))
        {
            return new SpecAssertion(line, cards => cards.Any(card => card.Question.Contains(text, StringComparison.Ordinal)));
        }

        if (TryValue(line, "card:", out text))
        {
            return new SpecAssertion(line, cards => cards.Any(card => card.Question == text));
        }

        if (TryAtLeast(line, out var count))
        {
            return new SpecAssertion(line, cards => cards.Count >= count);
        }

        error = $"unknown assertion '{line}'; an expect line is one of: {string.Join(" | ", Forms)}";
        return null;
    }

    private static bool TryValue(string line, string prefix, out string value)
    {
        value = string.Empty;
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        value = line[prefix.Length..].Trim();
        return value.Length > 0;
    }

    private static bool TryAtLeast(string line, out int count)
    {
        count = 0;
        const string Prefix = "at least ";
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = line[Prefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        var unit = rest[(space + 1)..];
        return int.TryParse(rest[..space], NumberStyles.None, CultureInfo.InvariantCulture, out count)
            && count > 0
            && unit == (count == 1 ? "card" : "cards");
    }
}
