namespace StudyDecks.Core.Analysis;

/// <summary>The forms of one verb, so that a statement in the past ("killed") can be asked with do-support ("did … kill").</summary>
/// <param name="Base">"kill".</param>
/// <param name="ThirdPerson">"kills", or <see langword="null"/> when that form reads as a plural noun too ("records").</param>
/// <param name="Past">"killed".</param>
/// <param name="Participle">"killed", "taken".</param>
internal sealed record VerbForms(string Base, string? ThirdPerson, string Past, string Participle);
