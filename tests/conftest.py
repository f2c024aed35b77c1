import sys
from pathlib import Path

# Let tests import the fixture reports as `fixtures.reports`.
sys.path.insert(0, str(Path(__file__).parent))
