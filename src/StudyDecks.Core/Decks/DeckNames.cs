namespace StudyDecks.Core.Decks;

/// <summary>The kebab-case names <see cref="CardType"/> and <see cref="AnswerKind"/> values have in deck files.</summary>
public static class DeckNames
{
    private static readonly Dictionary<CardType, string> CardTypeNames = new()
    {
        [CardType.MultipleChoice] = "multiple-choice",
        [CardType.Cloze] = "cloze",
        [CardType.ShortAnswer] = "short-answer",
        [CardType.TrueFalse] = "true-false",
    };

    private static readonly Dictionary<AnswerKind, string> AnswerKindNames =
        Enum.GetValues<AnswerKind>().ToDictionary(kind => kind, kind => kind.ToString().ToLowerInvariant());

    private static readonly Dictionary<ReviewStatus, string> ReviewStatusNames =
        Enum.GetValues<ReviewStatus>().ToDictionary(status => status, status => status.ToString().ToLowerInvariant());

    private static readonly Dictionary<OptionOrigin, string> OptionOriginNames =
        Enum.GetValues<OptionOrigin>().ToDictionary(origin => origin, origin => origin.ToString().ToLowerInvariant());

    /// <summary>The deck-file name of an option's origin: <c>article</c>, <c>deck</c>, <c>gazetteer</c> or <c>computed</c>.</summary>
    public static string ToName(OptionOrigin origin) => OptionOriginNames[origin];

    /// <summary>Parses an option origin name; <see langword="false"/> if it is not one.</summary>
    public static bool TryParseOptionOrigin(string name, out OptionOrigin origin) => TryParse(OptionOriginNames, name, out origin);

    /// <summary>The deck-file name of a review status: <c>kept</c>, <c>dropped</c> or <c>edited</c>.</summary>
    public static string ToName(ReviewStatus status) => ReviewStatusNames[status];

    /// <summary>Parses a review status name; <see langword="false"/> if it is not one.</summary>
    public static bool TryParseReviewStatus(string name, out ReviewStatus status) => TryParse(ReviewStatusNames, name, out status);

    /// <summary>The deck-file name of a card type, e.g. <c>multiple-choice</c>.</summary>
    public static string ToName(CardType type) => CardTypeNames[type];

    /// <summary>The deck-file name of an answer kind, e.g. <c>person</c>.</summary>
    public static string ToName(AnswerKind kind) => AnswerKindNames[kind];

    /// <summary>Parses a card type name; <see langword="false"/> if it is not one.</summary>
    public static bool TryParseCardType(string name, out CardType type) => TryParse(CardTypeNames, name, out type);

    /// <summary>Parses an answer kind name; <see langword="false"/> if it is not one.</summary>
    public static bool TryParseAnswerKind(string name, out AnswerKind kind) => TryParse(AnswerKindNames, name, out kind);

    private static bool TryParse<T>(Dictionary<T, string> names, string name, out T value)
        where T : struct, Enum
    {
        foreach (var (candidate, candidateName) in names)
        {
            if (candidateName == name)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
