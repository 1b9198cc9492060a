using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Tests.Architecture;

/// <summary>Core takes streams and strings and returns records: it never touches the console or the file system.</summary>
public sealed class CoreBoundaryTests
{
    private static readonly string[] ForbiddenTypes =
    [
        "System.Console", "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo",
        "System.IO.DirectoryInfo", "System.TimeProvider",
    ];

    [Test]
    public void Core_references_no_console_file_system_or_clock_type()
    {
        var referenced = ReferencedTypeNames(typeof(Deck).Assembly);

        Assert.That(referenced, Does.Contain("System.IO.Stream"), "the check must see Core's type references");
        foreach (var forbidden in ForbiddenTypes)
        {
            Assert.That(referenced, Does.Not.Contain(forbidden), $"Core uses {forbidden}");
        }
    }

    [Test]
    public void Core_does_not_depend_on_the_outer_layers()
    {
        var references = typeof(Deck).Assembly.GetReferencedAssemblies().Select(name => name.Name).ToArray();

        Assert.That(references, Has.None.StartsWith("StudyDecks."));
        Assert.That(references, Has.None.EqualTo("Spectre.Console").And.None.EqualTo("SkiaSharp").And.None.EqualTo("Microsoft.Data.Sqlite"));
    }

    private static HashSet<string> ReferencedTypeNames(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            names.Add($"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}");
        }

        return names;
    }
}
