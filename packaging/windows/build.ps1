# Build the Windows installer: dist\hdrectify-<version>-setup.exe.
# Needs: Windows 10/11 x64, Python 3.11 (python.org, "py" launcher), Inno Setup 6 (ISCC.exe).
# Run from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# NOT TESTED: written on Debian without a Windows machine; see README.md here.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv-win")) { py -3.11 -m venv .venv-win }
$python = ".\.venv-win\Scripts\python.exe"
& $python -m pip install -q -e ".[test]"
if ($LASTEXITCODE) { throw "pip install failed" }

& $python packaging\build.py --force
if ($LASTEXITCODE) { throw "PyInstaller build failed" }
# the same check as on Linux, through the console program
& $python packaging\check_frozen.py dist\hdrectify\hdrectify-cli.exe
if ($LASTEXITCODE) { throw "the frozen app failed its check" }

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = "ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\hdrectify.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\hdrectify-$version-setup.exe"
