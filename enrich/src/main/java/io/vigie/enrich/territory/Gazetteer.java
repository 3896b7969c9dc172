package io.vigie.enrich.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of the territory, read from the shipped resources under {@code /territory/}: communes,
 * arrondissements, quartiers and seed entities, then {@code rules.tsv} (aliases, foreign names,
 * false friends, per-alias policies), which overrides the seed for the same alias.
 */
public final class Gazetteer {
    static final String BASE = "/territory/";

    private final List<Alias> aliases;

    private Gazetteer(List<Alias> aliases) {
        this.aliases = List.copyOf(aliases);
    }

    List<Alias> aliases() {
        return aliases;
    }

    public int size() {
        return aliases.size();
    }

    public static Gazetteer load() {
        Map<String, Entry> communes = new LinkedHashMap<>();
        Map<String, double[]> coords = new HashMap<>();
        for (String[] row : csv("amp_communes_coords.csv", 4)) {
            coords.put(row[1], new double[] {Double.parseDouble(row[2]), Double.parseDouble(row[3])});
        }
        List<Alias> seed = new ArrayList<>();
        for (String[] row : csv("amp_communes.csv", 7)) {
            double[] ll = coords.get(row[1]);
            Entry commune = new Entry(Kind.COMMUNE, row[0], "commune", row[1],
                    ll == null ? null : ll[0], ll == null ? null : ll[1]);
            communes.put(row[1], commune);
            addWithoutArticle(seed, row[0], commune, Policy.STRONG);
        }
        Map<String, Entry> places = new HashMap<>(communes);
        for (String[] row : csv("marseille_arrondissements.csv", 4)) {
            Entry arr = new Entry(Kind.ARRONDISSEMENT, row[0], "arrondissement", row[1], null, null);
            places.put(row[1], arr);
            int number = Integer.parseInt(row[1].substring(3));
            for (String form : ordinals(number)) {
                // "14e arrondissement" is also Paris or Lyon: only with a Marseille context
                seed.add(Alias.of(form + " arrondissement", arr, Policy.CONTEXT));
                seed.add(Alias.of(form + " arrondissement de Marseille", arr, Policy.STRONG));
            }
            seed.add(Alias.of(row[2], arr, Policy.CONTEXT));
            for (String form : ordinals(number)) {
                // "les 15e et 16e arrondissements": the plural after a coordination
                seed.add(Alias.of(form + " arrondissements", arr, Policy.CONTEXT));
            }
        }
        // Marseille's town halls each serve a pair of arrondissements (a "secteur"); no other city pairs them
        int[][] sectors = {{1, 7}, {2, 3}, {4, 5}, {6, 8}, {9, 10}, {11, 12}, {13, 14}, {15, 16}};
        for (int s = 0; s < sectors.length; s++) {
            Entry arr = places.get(String.valueOf(13200 + sectors[s][0]));
            for (String a : ordinals(sectors[s][0])) {
                for (String b : ordinals(sectors[s][1])) {
                    seed.add(Alias.of("mairie des " + a + " et " + b, arr, Policy.STRONG));
                    seed.add(Alias.of("maire des " + a + " et " + b, arr, Policy.STRONG));
                    seed.add(Alias.of("mairie de secteur des " + a + " et " + b, arr, Policy.STRONG));
                }
            }
            for (String form : ordinals(s + 1)) {
                seed.add(Alias.of("mairie du " + form + " secteur", arr, Policy.STRONG));
                seed.add(Alias.of("maire du " + form + " secteur", arr, Policy.STRONG));
            }
        }
        for (String[] row : csv("marseille_quartiers.csv", 4)) {
            Entry q = new Entry(Kind.QUARTIER, row[0], "quartier", row[2], null, null);
            // many quarters are common words ("La Rose", "Les Olives"): capitalised, with the article,
            // and only next to another territory mention; rules.tsv frees the distinctive ones
            seed.add(Alias.of(row[0], q, Policy.CAPITAL_CONTEXT));
        }
        Map<String, Entry> entities = new HashMap<>();
        for (String[] row : tsv("amp_entities_seed.tsv", 4)) {
            Entry e = seedEntity(row);
            entities.put(row[0], e);
            addAlias(seed, row[0], e);
            for (String alias : row[2].split("\\|")) {
                addAlias(seed, alias.strip(), e);
            }
        }
        return new Gazetteer(applyRules(seed, places, entities));
    }

    private static Entry seedEntity(String[] row) {
        String type = row[1].strip();
        String insee = row[3].isBlank() ? null : row[3].strip();
        Kind kind = switch (type) {
            case "false friend", "product", "anthem" -> Kind.FALSE_FRIEND;
            case "sports club" -> Kind.CLUB;
            case "media" -> row[0].contains("TV series") ? Kind.FALSE_FRIEND : Kind.MEDIA;
            default -> Kind.ENTITY;
        };
        if (row[0].startsWith("Conseil départemental")) {
            kind = Kind.DEPARTMENT;
        } else if (row[0].startsWith("Région Sud")) {
            kind = Kind.REGION;
        }
        return new Entry(kind, row[0], type, kind == Kind.FALSE_FRIEND ? null : insee, null, null);
    }

    private static void addAlias(List<Alias> out, String text, Entry e) {
        // parenthesised seed aliases are notes ("Longchamp (Marseille)"); rules.tsv handles them
        if (!text.isBlank() && !text.contains("(")) {
            out.add(Alias.of(text, e, Policy.STRONG));
        }
    }

    private static void addWithoutArticle(List<Alias> out, String name, Entry e, Policy policy) {
        out.add(Alias.of(name, e, policy));
        String lower = name.toLowerCase(Locale.ROOT);
        for (String article : List.of("le ", "la ", "les ", "l'")) {
            if (lower.startsWith(article)) {
                // "au Rove", "du Tholonet", "aux Pennes-Mirabeau" drop the article
                out.add(Alias.of(name.substring(article.length()), e, policy));
            }
        }
    }

    private static List<String> ordinals(int n) {
        return n == 1 ? List.of("1er", "1e", "1re", "premier", "1st")
                : List.of(n + "e", n + "eme", n + "ème", n + "th", n + "nd", n + "rd");
    }

    private static List<Alias> applyRules(List<Alias> seed, Map<String, Entry> places, Map<String, Entry> entities) {
        List<Alias> rules = new ArrayList<>();
        Set<List<String>> overridden = new HashSet<>();
        Map<String, Entry> created = new HashMap<>();
        for (String[] row : tsv("rules.tsv", 2)) {
            String alias = row[0].strip();
            String kindName = row[1].strip();
            List<String> keys = Alias.of(alias, null, Policy.STRONG).keys();
            overridden.add(keys);
            rules.removeIf(a -> a.keys().equals(keys) && kindName.equals("drop"));
            if (kindName.equals("drop")) {
                continue;
            }
            if (row.length < 5) {
                throw new IllegalStateException("rules.tsv: expected 5 columns for '" + alias + "'");
            }
            Kind kind = Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
            String target = row[2].strip();
            String insee = row[3].isBlank() ? null : row[3].strip();
            Policy policy = Policy.valueOf(row[4].strip().toUpperCase(Locale.ROOT));
            Entry entry = switch (kind) {
                case COMMUNE, ARRONDISSEMENT -> require(places.get(insee), alias);
                case QUARTIER -> created.computeIfAbsent("q:" + target,
                        t -> new Entry(Kind.QUARTIER, target, "quartier", insee, null, null));
                case ENTITY -> entities.containsKey(target) && entities.get(target).kind() == Kind.ENTITY
                        ? entities.get(target)
                        : created.computeIfAbsent("e:" + target, t -> new Entry(Kind.ENTITY, target, "entity", insee, null, null));
                case DEMONYM -> created.computeIfAbsent("d:" + target,
                        t -> new Entry(Kind.DEMONYM, target, "demonym", insee, null, null));
                default -> created.computeIfAbsent(kind + ":" + target,
                        t -> new Entry(kind, target, kind.name().toLowerCase(Locale.ROOT), insee, null, null));
            };
            rules.add(Alias.of(alias, entry, policy));
        }
        List<Alias> all = new ArrayList<>();
        for (Alias a : seed) {
            if (!overridden.contains(a.keys())) {
                all.add(a);
            }
        }
        all.addAll(rules);
        return all;
    }

    private static Entry require(Entry e, String alias) {
        if (e == null) {
            throw new IllegalStateException("rules.tsv: unknown INSEE code for '" + alias + "'");
        }
        return e;
    }

    static List<String[]> csv(String file, int minColumns) {
        return read(file, minColumns, true);
    }

    static List<String[]> tsv(String file, int minColumns) {
        return read(file, minColumns, false);
    }

    private static List<String[]> read(String file, int minColumns, boolean csv) {
        String resource = BASE + file;
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line;
            boolean header = csv || file.equals("amp_entities_seed.tsv");
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (header) {
                    header = false;
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = csv ? splitCsv(line) : line.split("\t", -1);
                if (row.length < minColumns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected at least "
                            + minColumns + " columns, got " + row.length);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Minimal RFC 4180 split: the gazetteer quotes fields that contain commas. */
    private static String[] splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }
}
