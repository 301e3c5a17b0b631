import sys

from nofoobar.cli import main

sys.exit(main())
