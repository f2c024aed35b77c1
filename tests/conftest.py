import sys
from pathlib import Path

import pytest

# Let tests import the fixture reports as `fixtures.reports` and the shared helpers as `helpers`.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp():
    """spaCy's model as shipped, without conflictscope's own components: for tests of one reader
    (dates, quantities, place resolution) on a plain parse."""
    import spacy

    from conflictscope.nlp.analyze import MODEL_NAME

    return spacy.load(MODEL_NAME)


@pytest.fixture(scope="session")
def gaz():
    """The default gazetteer."""
    from conflictscope.geo.gazetteer import default_gazetteer

    return default_gazetteer()
