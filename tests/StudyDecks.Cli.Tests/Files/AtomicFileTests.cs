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

    [Test]
    public void A_staged_file_is_not_in_place_until_committed()
    {
        using var folder = new TempFolder();
        var path = folder.File("out.txt");
        File.WriteAllText(path, "old");

        using (var staged = AtomicFile.Stage(path, stream => stream.Write("new"u8)))
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
            staged.Commit();
        }

        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void A_staged_file_disposed_uncommitted_leaves_the_old_file_and_no_temp_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("out.txt");
        File.WriteAllText(path, "old");

        AtomicFile.Stage(path, stream => stream.Write("new"u8)).Dispose();

        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void A_link_to_a_missing_file_creates_the_target_beside_itself_and_keeps_the_link()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("real"));
        var link = folder.File("link.txt");
        File.CreateSymbolicLink(link, folder.File("real/target.txt"));

        AtomicFile.WriteAllBytes(link, "hello"u8);

        Assert.That(new FileInfo(link).LinkTarget, Is.Not.Null);
        Assert.That(File.ReadAllText(folder.File("real/target.txt")), Is.EqualTo("hello"));
    }

    [Test]
    public void File_kinds_tell_regular_files_folders_devices_and_missing_paths_apart()
    {
        using var folder = new TempFolder();
        var file = folder.File("a.txt");
        File.WriteAllText(file, "x");

        Assert.That(FileKinds.Of(file), Is.EqualTo(FileKind.RegularFile));
        Assert.That(FileKinds.Of(folder.Path), Is.EqualTo(FileKind.Folder));
        Assert.That(FileKinds.Of(folder.File("missing")), Is.EqualTo(FileKind.Missing));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(FileKinds.Of("/dev/null"), Is.EqualTo(FileKind.Special));
        }
    }
}
