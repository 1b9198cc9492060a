namespace StudyDecks.Core.Decks;

/// <summary>What sort of thing a card's answer is; distractors are always of the same kind.</summary>
public enum AnswerKind
{
    /// <summary>A person's name.</summary>
    Person,

    /// <summary>A country, city, region or other place.</summary>
    Place,

    /// <summary>An organisation, body, group or institution.</summary>
    Organization,

    /// <summary>A count or other plain number.</summary>
    Number,

    /// <summary>A sum of money with its currency.</summary>
    Money,

    /// <summary>A percentage.</summary>
    Percent,

    /// <summary>A calendar date, or a month and year.</summary>
    Date,

    /// <summary>A year on its own.</summary>
    Year,

    /// <summary>A length of time ("two years").</summary>
    Duration,

    /// <summary>A name, term or expansion that is none of the above (an acronym's meaning, say).</summary>
    Term,

    /// <summary>A role or title held by a person ("Foreign Minister").</summary>
    Role,

    /// <summary>A time of day ("1:33 a.m. EST").</summary>
    Time,
}
