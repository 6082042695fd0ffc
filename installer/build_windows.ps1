# Builds FieldDesk's Windows installer: dist\FieldDesk-Setup-<version>.exe.
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
#
# Needs Python 3.11 (the py launcher, from python.org) and Inno Setup 6.3 or later (ISCC.exe, from
# jrsoftware.org; per-user or machine install). Steps: the wheel (installer\wheelhouse.py), a fresh
# build venv with the wheel (not editable) and PyInstaller, installer\fielddesk.spec (the
# one-folder bundle: FieldDesk.exe windowed, fielddesk.com for the command line), a smoke run of
# `fielddesk.com --version`, then installer\windows\fielddesk.iss.
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
$Build = Join-Path $Root "build\installer"
$Dist = Join-Path $Root "dist"

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    $out = & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed ($LASTEXITCODE)" }
    return $out
}

$Python = if ($env:PYTHON) { $env:PYTHON } else { (Invoke-Checked "py" @("-3.11", "-c", "import sys; print(sys.executable)")) }
$Version = Invoke-Checked $Python @("-c", "import tomllib; print(tomllib.load(open(r'$Root\pyproject.toml', 'rb'))['project']['version'])")

Write-Host "build: the wheel"
$Wheel = Invoke-Checked $Python @("$Root\installer\wheelhouse.py", "wheel", "$Build\wheel")
Write-Host "build: a fresh venv with the wheel and PyInstaller"
$BuildPython = Invoke-Checked $Python @("$Root\installer\wheelhouse.py", "venv", "$Build\venv", $Wheel, "-r", "$Root\installer\requirements-build.txt")
Write-Host "build: PyInstaller"
Invoke-Checked $BuildPython @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "$Build\dist", "--workpath", "$Build\work", "$Root\installer\fielddesk.spec") | Out-Host

$Said = Invoke-Checked "$Build\dist\FieldDesk\fielddesk.com" @("--version")
if ($Said -ne "fielddesk $Version") { throw "the bundle says '$Said', not 'fielddesk $Version'" }

$Iscc = @(
    (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source,
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org" }
Write-Host "build: FieldDesk-Setup-$Version.exe"
Invoke-Checked $Iscc @("/Q", "/DVersion=$Version", "/DBundleDir=$Build\dist\FieldDesk", "/DOutputDir=$Dist", "$Root\installer\windows\fielddesk.iss") | Out-Host
Write-Host "$Dist\FieldDesk-Setup-$Version.exe"
