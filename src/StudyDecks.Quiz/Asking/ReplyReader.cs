namespace StudyDecks.Quiz.Asking;

/// <summary>Reads which option a line of input means: a letter ("b", "B)", "b."), T/F, or the option's own text.</summary>
public static class ReplyReader
{
    /// <summary>The option index the text names, or null if it names none.</summary>
    public static int? ReadOption(Question question, string text)
    {
        var trimmed = text.Trim().TrimEnd(')', '.', ':').Trim();
        if (question.Style == AskingStyle.TrueFalse && AnswerMatcher.ReadTrueFalse(trimmed) is { } truth)
        {
            return question.IndexOf(truth ? Core.Decks.Card.True : Core.Decks.Card.False);
        }

        if (trimmed.Length == 1 && char.IsAsciiLetter(trimmed[0]))
        {
            var index = char.ToUpperInvariant(trimmed[0]) - 'A';
            return index < question.Options.Count ? index : null;
        }

        var normalized = AnswerMatcher.Normalize(trimmed);
        for (var i = 0; i < question.Options.Count; i++)
        {
            if (normalized.Length > 0 && AnswerMatcher.Normalize(question.Options[i]) == normalized)
            {
                return i;
            }
        }

        return null;
    }
}
