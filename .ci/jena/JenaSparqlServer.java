// A throwaway SPARQL 1.1 server for the remote-store tests: Apache Jena's own engine (ARQ,
// Debian's libapache-jena-java) over an in-memory transactional dataset -- the dataset
// Fuseki's `--mem` makes -- served with Fuseki's URL layout by the JDK's HTTP server:
//
//   /DATASET/sparql, /DATASET/query   SPARQL 1.1 Query (GET or POST; protocol dataset or FROM)
//   /DATASET/update                   SPARQL 1.1 Update, each request one write transaction
//   /DATASET/data                     Graph Store Protocol: GET, PUT, DELETE (?graph= or ?default)
//   /$/ping                           liveness
//
// It is NOT Fuseki (Fuseki itself is not packaged for Debian and Maven Central is not reachable
// from CI): the query and update semantics are Jena's, the HTTP layer is this file's. One
// Jena 4.5.0 bug is mended here (`FixedWorker`): its MOVE/COPY/ADD from an existing named graph
// always fails ("Invalid source target for operation", silently under SILENT: a missing
// `return`, fixed upstream in later Jena, which Fuseki 5 ships).
// Usage: java -cp JARS JenaSparqlServer.java PORT DATASET   (binds 127.0.0.1 only)

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.system.Txn;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

public class JenaSparqlServer {
    static final DatasetGraph STORE = DatasetFactory.createTxnMem().asDatasetGraph();

    /** An answer the client caused (400) or the server could not give (500). */
    static final class Fail extends RuntimeException {
        final int status;
        Fail(int status, String message) { super(message); this.status = status; }
    }

    /** Jena 4.5.0's MOVE, COPY and ADD with the source check as later Jena has it. */
    static final class FixedWorker extends UpdateEngineWorker {
        FixedWorker(DatasetGraph dsg, Binding binding, Context context) { super(dsg, binding, context); }

        @Override public void visit(UpdateMove update) {
            binary(update, () -> {
                gsCopy(datasetGraph, update.getSrc(), update.getDest());
                gsDrop(datasetGraph, update.getSrc());
            });
        }

        @Override public void visit(UpdateCopy update) {
            binary(update, () -> gsCopy(datasetGraph, update.getSrc(), update.getDest()));
        }

        @Override public void visit(UpdateAdd update) {
            binary(update, () -> gsAddTriples(datasetGraph, update.getSrc(), update.getDest()));
        }

        private void binary(UpdateBinaryOp update, Runnable operation) {
            Target source = update.getSrc();
            if (source.isOneNamedGraph() && !datasetGraph.containsGraph(source.getGraph())) {
                if (update.isSilent()) return;
                throw new UpdateException("No such graph: " + source.getGraph());
            }
            if (!source.equals(update.getDest())) operation.run();
        }
    }

    static final class FixedEngine extends UpdateEngineMain {
        FixedEngine(DatasetGraph dsg, Binding binding, Context context) { super(dsg, binding, context); }

        @Override protected UpdateVisitor prepareWorker() {
            return new FixedWorker(datasetGraph, inputBinding, context);
        }
    }

    public static void main(String[] args) throws IOException {
        // A query the client gave up on must not run on (Fuseki's --timeout does the same).
        ARQ.getContext().set(ARQ.queryTimeout, "60000");
        UpdateEngineRegistry.get().add(new UpdateEngineFactory() {
            @Override public boolean accept(DatasetGraph dsg, Context context) { return true; }
            @Override public UpdateEngine create(DatasetGraph dsg, Binding binding, Context context) {
                return new FixedEngine(dsg, binding, context);
            }
        });
        int port = Integer.parseInt(args[0]);
        String dataset = "/" + args[1];
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/$/ping", ex -> send(ex, 200, "text/plain", bytes("ok\n")));
        server.createContext(dataset + "/sparql", ex -> handle(ex, JenaSparqlServer::query));
        server.createContext(dataset + "/query", ex -> handle(ex, JenaSparqlServer::query));
        server.createContext(dataset + "/update", ex -> handle(ex, JenaSparqlServer::update));
        server.createContext(dataset + "/data", ex -> handle(ex, JenaSparqlServer::graphStore));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("listening on 127.0.0.1:" + port + dataset);
    }

    interface Handler { void run(HttpExchange ex, Map<String, List<String>> params) throws IOException; }

    static void handle(HttpExchange ex, Handler handler) throws IOException {
        try {
            handler.run(ex, params(ex));
        } catch (Fail error) {
            send(ex, error.status, "text/plain; charset=utf-8", bytes(error.getMessage() + "\n"));
        } catch (QueryCancelledException error) {
            send(ex, 503, "text/plain; charset=utf-8", bytes("Query timed out\n"));
        } catch (QueryParseException | RiotException error) {
            send(ex, 400, "text/plain; charset=utf-8", bytes("Parse error: " + error.getMessage() + "\n"));
        } catch (RuntimeException error) {
            send(ex, 500, "text/plain; charset=utf-8", bytes("Server error: " + error + "\n"));
        } finally {
            ex.close();
        }
    }

    // --- SPARQL Query ---------------------------------------------------------------------------
    static void query(HttpExchange ex, Map<String, List<String>> params) throws IOException {
        String text = one(params, "query");
        if (text == null && isPost(ex) && type(ex).startsWith("application/sparql-query")) {
            text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (text == null) throw new Fail(400, "no query");
        Query query = QueryFactory.create(text);
        List<String> defaults = params.getOrDefault("default-graph-uri", List.of());
        List<String> named = params.getOrDefault("named-graph-uri", List.of());
        DatasetDescription description = defaults.isEmpty() && named.isEmpty()
                ? DatasetDescription.create(query) : DatasetDescription.create(defaults, named);
        query.getGraphURIs().clear();  // the dataset is built here from the description; left
        query.getNamedGraphURIs().clear();  // in the query, ARQ would try to load each FROM IRI
        String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] contentType = new String[1];
        Txn.executeRead(STORE, () -> {
            DatasetGraph scoped = DynamicDatasets.dynamicDataset(description, STORE, false);
            Dataset ds = DatasetFactory.wrap(scoped);
            try (QueryExecution exec = QueryExecutionFactory.create(query, ds)) {
                contentType[0] = execute(query, exec, accept, out);
            }
        });
        send(ex, 200, contentType[0], out.toByteArray());
    }

    static String execute(Query query, QueryExecution exec, String accept, OutputStream out) {
        if (query.isSelectType()) {
            ResultSetFormatter.outputAsJSON(out, exec.execSelect());
            return "application/sparql-results+json; charset=utf-8";
        }
        if (query.isAskType()) {
            ResultSetFormatter.outputAsJSON(out, exec.execAsk());
            return "application/sparql-results+json; charset=utf-8";
        }
        Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
        boolean turtle = accept.contains("turtle") && !accept.contains("n-triples");
        RDFDataMgr.write(out, model, turtle ? Lang.TURTLE : Lang.NTRIPLES);
        return turtle ? "text/turtle; charset=utf-8" : "application/n-triples; charset=utf-8";
    }

    // --- SPARQL Update: one request, one write transaction (all of it or nothing) ---------------
    static void update(HttpExchange ex, Map<String, List<String>> params) throws IOException {
        if (!isPost(ex)) throw new Fail(405, "updates are POSTed");
        String text = one(params, "update");
        if (text == null && type(ex).startsWith("application/sparql-update")) {
            text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (text == null) throw new Fail(400, "no update");
        UpdateRequest request = UpdateFactory.create(text);
        Txn.executeWrite(STORE, () -> UpdateAction.execute(request, STORE));
        send(ex, 200, "text/plain", bytes("Update succeeded\n"));
    }

    // --- Graph Store Protocol -------------------------------------------------------------------
    static void graphStore(HttpExchange ex, Map<String, List<String>> params) throws IOException {
        String name = one(params, "graph");
        if (name == null && !params.containsKey("default")) throw new Fail(400, "?graph= or ?default");
        var node = name == null ? Quad.defaultGraphIRI : NodeFactory.createURI(name);
        switch (ex.getRequestMethod()) {
            case "GET" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean[] found = {true};
                Txn.executeRead(STORE, () -> {
                    found[0] = name == null || STORE.containsGraph(node);
                    if (found[0]) RDFDataMgr.write(out, STORE.getGraph(node), Lang.NTRIPLES);
                });
                if (!found[0]) throw new Fail(404, "no graph " + name);
                send(ex, 200, "application/n-triples; charset=utf-8", out.toByteArray());
            }
            case "PUT" -> {
                byte[] body = ex.getRequestBody().readAllBytes();
                Lang lang = type(ex).startsWith("text/turtle") ? Lang.TURTLE : Lang.NTRIPLES;
                Txn.executeWrite(STORE, () -> {
                    Graph graph = STORE.getGraph(node);
                    graph.clear();
                    RDFParser.source(new java.io.ByteArrayInputStream(body)).lang(lang).parse(graph);
                });
                send(ex, 204, null, new byte[0]);
            }
            case "DELETE" -> {
                Txn.executeWrite(STORE, () -> STORE.removeGraph(node));
                send(ex, 204, null, new byte[0]);
            }
            default -> throw new Fail(405, "GET, PUT or DELETE");
        }
    }

    // --- HTTP plumbing --------------------------------------------------------------------------
    static Map<String, List<String>> params(HttpExchange ex) throws IOException {
        Map<String, List<String>> params = new HashMap<>();
        parse(ex.getRequestURI().getRawQuery(), params);
        if (isPost(ex) && type(ex).startsWith("application/x-www-form-urlencoded")) {
            parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), params);
        }
        return params;
    }

    static void parse(String form, Map<String, List<String>> into) {
        if (form == null || form.isEmpty()) return;
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    static String one(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        if (values == null || values.isEmpty()) return null;
        if (values.size() > 1) throw new Fail(400, "more than one " + key);
        return values.get(0);
    }

    static boolean isPost(HttpExchange ex) { return ex.getRequestMethod().equals("POST"); }

    static String type(HttpExchange ex) {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        return type == null ? "" : type.toLowerCase();
    }

    static byte[] bytes(String text) { return text.getBytes(StandardCharsets.UTF_8); }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) { out.write(body); }
        }
    }
}
