from regkg.cli import main

raise SystemExit(main())
