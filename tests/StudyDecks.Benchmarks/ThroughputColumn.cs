using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace StudyDecks.Benchmarks;

/// <summary>
/// Reads throughput off a generation benchmark: MB of article text per second from the mean time, or MB allocated per
/// MB of text from the memory diagnoser. The corpus size comes from <see cref="GenerationBenchmarks.MegabytesOf"/>,
/// so the column is right for whichever corpus the case ran on.
/// </summary>
public sealed class ThroughputColumn(bool allocations) : IColumn
{
    /// <summary>MB of article text generated per second.</summary>
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(allocations: false);

    /// <summary>MB allocated per MB of article text.</summary>
    public static readonly IColumn AllocatedPerMegabyte = new ThroughputColumn(allocations: true);

    public string Id => allocations ? "AllocatedPerMB" : "MBPerSecond";

    public string ColumnName => allocations ? "Alloc MB/MB" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocations ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocations ? "MB allocated per MB of article text" : "MB of article text generated per second (articles worked on at once, one per processor)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        // The corpus benchmarks name their corpus, the long-article ones their shape.
        var megabytes = benchmarkCase.Parameters["Corpus"] is string corpus ? GenerationBenchmarks.MegabytesOf(corpus)
            : benchmarkCase.Parameters["Shape"] is string shape ? LongArticleBenchmarks.MegabytesOf(shape)
            : double.NaN;
        if (double.IsNaN(megabytes))
        {
            return "-";
        }

        if (allocations)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is { } allocated ? (allocated / (1024.0 * 1024.0) / megabytes).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (megabytes / seconds).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
