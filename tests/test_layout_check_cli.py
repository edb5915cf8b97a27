"""`kiosk layout-check` as CI runs it: Arabic, German, Tigrinya, Russian and Vietnamese at the six sizes, both text
sizes (about 80 s on a 2-core machine; each density measured in a process of its own)."""
import subprocess
import sys


def layout_check(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "layout-check", *arguments], capture_output=True,
                          text=True, timeout=600, check=False, env={"LANGUAGE": "en", "PATH": "/usr/bin:/bin"})


def test_the_ci_languages_hold_at_every_size_and_text_size() -> None:
    result = layout_check("--langs", "ar,de,ti,ru,vi")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("No layout problems: 444 screens in 5 languages at 6 sizes and two text sizes")


def test_the_longest_arabic_script_concerns_keep_the_map_in_the_first_view_of_a_small_portrait_screen() -> None:
    """Pashto and Urdu with larger text: a title, a place name and a zone of three lines each beside the code, in
    the tallest lines of any script; a few pixels of spacing decided whether the map needed scrolling."""
    result = layout_check("--langs", "ps,ur", "--sizes", "768x1366,1080x1920")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("No layout problems:")


def test_an_unknown_language_or_a_wrong_size_is_said() -> None:
    unknown = layout_check("--langs", "xx")
    assert unknown.returncode == 1 and 'does not offer the language "xx"' in unknown.stdout
    wrong = layout_check("--langs", "de", "--sizes", "1080by1920")
    assert wrong.returncode == 1 and '"1080by1920" is not a screen size' in wrong.stdout
