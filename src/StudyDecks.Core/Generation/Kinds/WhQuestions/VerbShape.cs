namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>How a clause's verb is built, which decides how its question is inverted.</summary>
internal enum VerbShape
{
    /// <summary>An auxiliary and a verb: "was founded", "has repatriated", "will provide", "is contributing".</summary>
    Auxiliary,

    /// <summary>"be" alone: "There were 31,000 fighters".</summary>
    Copula,

    /// <summary>"have" as the main verb: "The coalition has 87 members".</summary>
    Possession,

    /// <summary>A listed verb in the past tense: "killed" → "did … kill".</summary>
    SimplePast,

    /// <summary>A listed verb in the third person present: "includes" → "does … include".</summary>
    SimplePresent,
}
