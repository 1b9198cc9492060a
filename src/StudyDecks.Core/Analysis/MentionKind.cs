namespace StudyDecks.Core.Analysis;

/// <summary>What a mention in the text refers to.</summary>
internal enum MentionKind
{
    Person,
    Place,
    Organization,
    Number,
    Money,
    Percent,
    Date,
    Year,
    Duration,

    /// <summary>A time of day: "1:33 a.m. EST", "9 p.m.".</summary>
    Time,

    /// <summary>A named event, law or document: "Treaty of Kanagawa", "Korean War", "Smithsonian Agreement".</summary>
    Event,

    /// <summary>A capitalised name the analysis could not classify; never asked about.</summary>
    Name,
}
