; Inno Setup script: hdrectify-<version>-setup.exe from the PyInstaller folder dist\hdrectify\.
; Build on Windows with build.ps1 (next to this file), which passes the version from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\hdrectify.iss
; NOT BUILT OR TESTED on the development machine (Debian, no Windows): see README.md here.
; Needs Inno Setup 6.3 or newer (x64compatible). Saved as UTF-8 with a BOM, which every Inno Setup 6 reads.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=<version from pyproject.toml> hdrectify.iss
#endif
#define AppName "整改台账与挂钩联系"
#define AppExe "hdrectify.exe"
#define Root "..\.."

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6F1C2B7E-4D7A-4C1B-9B8E-5A2E1D9C3F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=hdrectify
DefaultDirName={autopf}\hdrectify
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Office computers often have no administrator at hand: install for the current user,
; or for everyone when Setup is run as administrator (the dialog lets the user choose).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 or 11 (Qt 6 needs 10)
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=hdrectify-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\hdrectify.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; the user's data (database, backups, evidence) lives in %LOCALAPPDATA%\hdrectify and is never removed

[Languages]
; Recent Inno Setup releases ship ChineseSimplified.isl; if yours has none, copy it from
; https://jrsoftware.org/files/istrans/ into Inno Setup's Languages folder.
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder app: hdrectify.exe (the window), hdrectify-cli.exe (the command line), _internal\
Source: "{#Root}\dist\hdrectify\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs; Excludes: ".build-fingerprint"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} 用户指南"; Filename: "{app}\_internal\resources\help\guide.html"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
