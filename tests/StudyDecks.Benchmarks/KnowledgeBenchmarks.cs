using BenchmarkDotNet.Attributes;
using StudyDecks.Core.Knowledge;

namespace StudyDecks.Benchmarks;

/// <summary>
/// What the gazetteer costs a run (issue 12 allows at most 50 ms per <c>generate</c>): reading the embedded WordNet
/// files and building their indexes, each on a fresh gazetteer. Typing asks only about places, so a run pays
/// <see cref="FirstPlaceQuery"/>; <see cref="LoadEverything"/> is what a run pays once option ranking asks about people
/// and bodies too. A fresh process adds JIT on top: time a whole run for that.
/// Run: <c>dotnet run -c Release --project tests/StudyDecks.Benchmarks -- --filter '*Knowledge*' --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class KnowledgeBenchmarks
{
    [Benchmark]
    public bool FirstPlaceQuery() => new Gazetteer().IsPlace("Merritt Island");

    [Benchmark]
    public int LoadEverything()
    {
        var gazetteer = new Gazetteer();
        return gazetteer.People.Count + gazetteer.Places.Count + gazetteer.Bodies.Count;
    }
}
