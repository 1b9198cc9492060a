using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Facts;

/// <summary>An acronym defined in the text: "Syrian Democratic Forces (SDF)" or "JAXA (Japan Aerospace Exploration Agency)".</summary>
/// <param name="Sentence">The defining sentence.</param>
/// <param name="Acronym">The acronym: "SDF".</param>
/// <param name="Expansion">What it stands for: "Syrian Democratic Forces".</param>
internal sealed record AcronymFact(Sentence Sentence, string Acronym, string Expansion);
