namespace StudyDecks.Core.Generation.Kinds.WhQuestions;

/// <summary>
/// A one-clause statement split where a question moves its words: "In 1971, | Nixon | also | ended | the system".
/// </summary>
/// <param name="Lead">A fronted prepositional phrase without its comma ("In November 2015"), or <see langword="null"/>.</param>
/// <param name="Subject">The subject noun phrase as written ("a coordinated attack among three ISIS teams in Paris").</param>
/// <param name="Adverbs">Adverbs between the subject and the verb ("finally"); may be empty.</param>
/// <param name="Verb">The verb.</param>
/// <param name="Remainder">Everything after the verb: object, complements, trailing phrases; may be empty.</param>
internal sealed record Clause(string? Lead, string Subject, string Adverbs, VerbGroup Verb, string Remainder);
