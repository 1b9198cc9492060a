using StudyDecks.Cli.Files;
using StudyDecks.Core.Errors;
using StudyDecks.Testing;

namespace StudyDecks.Cli.Tests.Files;

public sealed class AtomicFileTests
{
    [Test]
    public void A_write_that_fails_midway_leaves_the_old_file_and_no_temp_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("out.txt");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new, half"u8);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void A_finished_write_replaces_the_file_and_creates_missing_folders()
    {
        using var folder = new TempFolder();
        var path = folder.File("a/b/out.txt");

        AtomicFile.WriteAllBytes(path, "hello"u8);

        Assert.That(File.ReadAllText(path), Is.EqualTo("hello"));
        Assert.That(Directory.GetFiles(folder.File("a/b")), Has.Length.EqualTo(1));
    }

    [Test]
    public void Writing_over_a_folder_is_refused()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<StudyDecksException>(() => AtomicFile.WriteAllBytes(folder.Path, "x"u8, "target"));

        Assert.That(error!.Message, Is.EqualTo("target: is a folder, not a file"));
    }
}
