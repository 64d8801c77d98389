"""Build hook: ship the trained classifier (models/) inside the package as pipeline/models_dist/.

Everything else is declared in pyproject.toml. An installed newsreact then works from any
folder: the classifier is looked up in ./models first, then in the package (DESIGN.md).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithModels(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "models"
        target = Path(self.build_lib) / "pipeline" / "models_dist"
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.glob("*")):
            if path.suffix in {".skops", ".json", ".md"}:
                shutil.copy2(path, target / path.name)


setup(cmdclass={"build_py": BuildWithModels})
