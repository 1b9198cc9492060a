namespace StudyDecks.Quiz;

/// <summary>What the player answered: an option (by index) or typed text.</summary>
public sealed record Reply
{
    private Reply(int? optionIndex, string? text)
    {
        OptionIndex = optionIndex;
        Text = text;
    }

    /// <summary>The chosen option's index, for choice and true/false questions.</summary>
    public int? OptionIndex { get; }

    /// <summary>The typed text, for typed questions ("" = gave up).</summary>
    public string? Text { get; }

    public static Reply Option(int index) => new(index, null);

    public static Reply Typed(string text) => new(null, text);
}
