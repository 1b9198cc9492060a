using System.Runtime.InteropServices;

namespace StudyDecks.Cli.Files;

/// <summary>What a path names on disk, following symbolic links: what decides how an output is written to it.</summary>
internal enum FileKind
{
    Missing,
    RegularFile,
    Folder,

    /// <summary>A character or block device (<c>/dev/null</c>, a terminal), a FIFO or a socket: written straight through.</summary>
    Special,
}

/// <summary>Reads a path's file type, which .NET's public file APIs do not expose on Unix.</summary>
internal static class FileKinds
{
    // The file-type bits of the mode the runtime's own native shim reports (pal_io.h), the same on every Unix.
    private const int TypeMask = 0xF000;
    private const int Directory = 0x4000;
    private const int Regular = 0x8000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return System.IO.Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
        }

        // SystemNative_Stat fills the runtime's FileStatus: Flags, then Mode. The buffer is larger than the struct.
        var status = new int[64];
        if (NativeMethods.Stat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        return (status[1] & TypeMask) switch
        {
            Regular => FileKind.RegularFile,
            Directory => FileKind.Folder,
            _ => FileKind.Special,
        };
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in the project; a plain import of the runtime's own shim needs none
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] int[] status);
#pragma warning restore SYSLIB1054
    }
}
