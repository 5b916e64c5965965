// Command casework-ferretdb serves the embedded MongoDB-compatible store: FerretDB on SQLite, run as a
// library, plus one fix that makes keyed access cheap.
//
// FerretDB v1.24's SQLite backend pushes a lone `{_id: X}` filter down as
// `WHERE _ferretdb_sjson->'$._id' = ?`, but the unique index it creates is on `_ferretdb_sjson->"_id"`.
// SQLite matches index expressions literally, so every keyed read, update and delete scans the whole
// table. This program keeps, in every database file it serves, an index on the expression the queries
// use, so a keyed access costs the same at 100 documents and at 1,000,000.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	_ "modernc.org/sqlite"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	dir := flag.String("sqlite-dir", "", "directory of the SQLite database files (required)")
	pragmas := flag.String("sqlite-pragmas", "", "extra SQLite URI parameters, e.g. _pragma=synchronous(full)")
	level := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: parseLevel(*level)}))
	if *dir == "" {
		logger.Error("-sqlite-dir is required")
		os.Exit(2)
	}
	abs, err := filepath.Abs(*dir)
	if err != nil {
		logger.Error("bad -sqlite-dir", "err", err)
		os.Exit(2)
	}

	url := "file:" + abs + "/"
	if *pragmas != "" {
		url += "?" + *pragmas
	}
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: url,
		Logger:    logger,
	})
	if err != nil {
		logger.Error("cannot start FerretDB", "err", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	go keepKeyIndexes(ctx, abs, logger)

	if err := f.Run(ctx); err != nil {
		logger.Error("FerretDB stopped", "err", err)
		os.Exit(1)
	}
}

func parseLevel(s string) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelWarn
	}
	return l
}

// keepKeyIndexes adds the missing key index to every collection table, in every database file, as
// databases and collections appear. A collection is created empty, so the index is in place long
// before the table grows.
func keepKeyIndexes(ctx context.Context, dir string, logger *slog.Logger) {
	open := map[string]*sql.DB{}
	defer func() {
		for _, db := range open {
			_ = db.Close()
		}
	}()

	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()

	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, file := range files {
			db, ok := open[file]
			if !ok {
				var err error
				db, err = sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)")
				if err != nil {
					logger.Warn("cannot open database file", "file", file, "err", err)
					continue
				}
				db.SetMaxOpenConns(1)
				open[file] = db
			}
			if err := ensureKeyIndexes(ctx, db); err != nil && ctx.Err() == nil {
				logger.Debug("key indexes not checked", "file", file, "err", err)
			}
		}

		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func ensureKeyIndexes(ctx context.Context, db *sql.DB) error {
	tables, err := queryStrings(ctx, db, `SELECT table_name FROM _ferretdb_collections`)
	if err != nil {
		return err
	}
	indexes, err := queryStrings(ctx, db, `SELECT name FROM sqlite_master WHERE type = 'index'`)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, name := range indexes {
		have[name] = true
	}
	for _, table := range tables {
		name := table + "__casework_key"
		if have[name] {
			continue
		}
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, name, table)
		if _, err := db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

func queryStrings(ctx context.Context, db *sql.DB, q string) ([]string, error) {
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
