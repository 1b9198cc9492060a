namespace StudyDecks.Core.Decks;

/// <summary>The program that generated a deck and the seed it used, so a run can be repeated exactly.</summary>
/// <param name="Name">Program name, <c>studydecks</c>.</param>
/// <param name="Version">Program version.</param>
/// <param name="Seed">Seed of every random choice made while generating.</param>
public sealed record GeneratorInfo(string Name, string Version, int Seed);
