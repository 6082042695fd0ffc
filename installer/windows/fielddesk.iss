; Inno Setup 6.3+ script: FieldDesk-Setup-<version>.exe from the PyInstaller bundle.
; Built by installer\build_windows.ps1, which passes:
;   /DVersion=<pyproject version>  /DBundleDir=<bundle folder>  /DOutputDir=<dist folder>
;
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\FieldDesk,
; shortcuts to the user's Start menu (and desktop, if ticked). The station's data lives elsewhere
; (%LOCALAPPDATA%\FieldDesk: database, backups, sync settings; print settings in
; HKCU\Software\FieldDesk): neither the uninstaller nor an upgrade touches it. An upgrade installs
; over the same AppId in place, replacing the program's files only.

#ifndef Version
  #error Pass the version: ISCC /DVersion=x.y.z (installer\build_windows.ps1 does)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\installer\dist\FieldDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change the AppId: it is how an upgrade finds the installed FieldDesk.
AppId={{6F1C2B7E-4D8A-4E59-9A3C-2F5D7B1E8C40}
AppName=FieldDesk
AppVersion={#Version}
AppVerName=FieldDesk {#Version}
AppPublisher=FieldDesk
VersionInfoVersion={#Version}
PrivilegesRequired=lowest
DefaultDirName={autopf}\FieldDesk
DefaultGroupName=FieldDesk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\app\resources\icons\fielddesk.ico
UninstallDisplayIcon={app}\FieldDesk.exe
UninstallDisplayName=FieldDesk {#Version}
OutputDir={#OutputDir}
OutputBaseFilename=FieldDesk-Setup-{#Version}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running FieldDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder's bundle, so no file of the old version lingers
; (the data folder is elsewhere and untouched).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\FieldDesk"; Filename: "{app}\FieldDesk.exe"; IconFilename: "{app}\FieldDesk.exe"
Name: "{autodesktop}\FieldDesk"; Filename: "{app}\FieldDesk.exe"; IconFilename: "{app}\FieldDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\FieldDesk.exe"; Description: "{cm:LaunchProgram,FieldDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes the files it installed and nothing else, so the
; station's data folder (%LOCALAPPDATA%\FieldDesk) stays for a reinstall or a new PC.
