package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.devplan.Golden;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * remind --send against a real SMTP server started by the test (GreenMail, plain and TLS), and
 * against servers that refuse, cannot be reached or go away in the middle of a mail.
 */
class RemindSendTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);
    private static final String PEOPLE = """
            people:
              - id: karen-lund
                name: Karen Lund
                email: karen.lund@acme-logistics.example
              - id: tom-okafor
                name: Tom Okafor
                email: tom.okafor@acme-logistics.example
            """;

    @TempDir
    Path tmp;
    Path repo;
    Path state;
    GreenMail server;

    @BeforeEach
    void copyExamples() throws IOException {
        repo = tmp.resolve("plans-repo");
        state = tmp.resolve("state");
        Path from = Path.of("examples/acme");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = repo.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private GreenMail start(ServerSetup setup) {
        server = new GreenMail(setup.dynamicPort());
        server.start();
        return server;
    }

    private void config(String security, int port, String user, String people) throws IOException {
        String mail = "mail:\n  host: localhost\n  port: " + port + "\n  security: " + security
                + "\n  from: \"Acme HR <hr@acme-logistics.example>\"\n" + (user != null ? "  user: " + user + "\n" : "");
        Files.writeString(repo.resolve("devplan.yaml"), Files.readString(repo.resolve("devplan.yaml")) + "\n"
                + mail + people);
    }

    private CliRunner.Result run(String password, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_STATE_HOME", state.toString());
        env.put("HOME", tmp.toString());
        if (password != null) {
            env.put("DEVPLAN_SMTP_PASSWORD", password);
        }
        List<String> all = new ArrayList<>(List.of("remind", "--send"));
        all.addAll(Arrays.asList(args));
        return CliRunner.runWith(env, repo, tmp.resolve("cache"), DAY, all.toArray(String[]::new));
    }

    /** The addresses remind --format json says, one per person who must act. */
    private List<String> addressesInJson(String asOf) {
        CliRunner.Result json = CliRunner.runIn(repo, tmp.resolve("cache"), DAY, "remind", "--as-of", asOf,
                "--format", "json");
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"email\": \"([^\"]+)\"").matcher(json.out());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> to(MimeMessage[] messages) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : messages) {
            for (var a : m.getRecipients(Message.RecipientType.TO)) {
                out.add(((jakarta.mail.internet.InternetAddress) a).getAddress());
            }
        }
        Collections.sort(out);
        return out;
    }

    private List<Path> stateFiles() throws IOException {
        if (!Files.isDirectory(state.resolve("devplan"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(state.resolve("devplan"))) {
            return s.toList();
        }
    }

    @Test
    void deliversOneMailPerPersonToTheirAddressAndRemembersItPrivately() throws Exception {
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        config("none", smtp.getSmtp().getPort(), null, PEOPLE);

        CliRunner.Result r = run(null, "--as-of", "2026-11-20");

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        List<String> expected = new ArrayList<>(addressesInJson("2026-11-20"));
        Collections.sort(expected);
        assertThat(expected).contains("tom.okafor@acme-logistics.example", "bob.berg@acme-logistics.example");
        assertThat(to(smtp.getReceivedMessages())).isEqualTo(expected);
        assertThat(r.out().lines()).hasSize(expected.size()).allMatch(l -> l.startsWith("mailed "));

        List<Path> files = stateFiles();
        assertThat(files).hasSize(1);
        assertThat(Files.getPosixFilePermissions(files.get(0))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(state.resolve("devplan")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(files.get(0))).contains("bob-berg\tomar.haddad checkin");

        MimeMessage bob = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals("bob.berg@acme-logistics.example")).findFirst().orElseThrow();
        Golden.assertMatches("mail/bob-berg-2026-11-20.eml.txt", golden(bob));
    }

    private static String to(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail as received, without what changes from run to run (Date, Message-ID, the boundary). */
    private static String golden(MimeMessage m) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String h : List.of("From", "To", "Subject", "Auto-Submitted", "MIME-Version")) {
            b.append(h).append(": ").append(m.getHeader(h, ", ")).append('\n');
        }
        assertThat(m.getHeader("Date")).isNotNull();
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        b.append("Subject (decoded): ").append(m.getSubject()).append('\n');
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            b.append("\n--- part ").append(i + 1).append(": ").append(p.getContentType()).append('\n');
            b.append(p.getContent());
        }
        return b.toString();
    }

    @Test
    void theSameReminderIsNotMailedAgainWithinRepeatDaysUnlessForced() throws Exception {
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        config("none", smtp.getSmtp().getPort(), null, PEOPLE + "remind:\n  repeat-days: 5\n");
        assertThat(run(null, "--as-of", "2026-11-20").exit()).isZero();
        int first = smtp.getReceivedMessages().length;
        assertThat(first).isEqualTo(addressesInJson("2026-11-20").size());

        // Run again: nothing new, nothing changed, so nobody is mailed.
        CliRunner.Result again = run(null, "--as-of", "2026-11-20");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(first);

        // --force mails everything all the same.
        assertThat(run(null, "--as-of", "2026-11-20", "--force").exit()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2 * first);

        // Five days later every reminder still open is due for mailing again: everyone is mailed.
        assertThat(run(null, "--as-of", "2026-11-25").exit()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2 * first + addressesInJson("2026-11-25").size());
    }

    @Test
    void aReminderThatChangedIsMailedAgainAtOnceAndAloneWithinRepeatDays() throws Exception {
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        config("none", smtp.getSmtp().getPort(), null, PEOPLE + "remind:\n  repeat-days: 10\n");
        assertThat(run(null, "--as-of", "2026-11-20", "--for", "alice-andersen").exit()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("devplan: 3 things to do, the most urgent: "
                + "3 days overdue: finish the milestone or agree a new date: Retro");
        // The next day nothing changed.
        assertThat(run(null, "--as-of", "2026-11-21", "--for", "alice-andersen").out()).isEmpty();
        // Her guide milestone was due in 7 days; overdue on the 28th it is news, and the only news.
        assertThat(run(null, "--as-of", "2026-11-28", "--for", "alice-andersen").exit()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("devplan: 1 thing to do: 1 day overdue: "
                + "finish the milestone or agree a new date: Publish the design-review guide on the wiki");
    }

    @Test
    void deliversOverTlsWithALogin() throws Exception {
        GreenMail smtps = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTPS));
        smtps.setUser("hr@acme-logistics.example", "hr@acme-logistics.example", "s3cret");
        config("tls", smtps.getSmtps().getPort(), "hr@acme-logistics.example", PEOPLE);

        CliRunner.Result r = run("s3cret", "--as-of", "2026-11-20", "--for", "bob-berg");

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(to(smtps.getReceivedMessages())).containsExactly("bob.berg@acme-logistics.example");
    }

    @Test
    void aRefusedLoginIsExit3WithTheServersWordsAndNothingMarkedSent() throws Exception {
        GreenMail smtps = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTPS));
        smtps.setUser("hr@acme-logistics.example", "hr@acme-logistics.example", "s3cret");
        config("tls", smtps.getSmtps().getPort(), "hr@acme-logistics.example", PEOPLE);

        CliRunner.Result r = run("wrong", "--as-of", "2026-11-20");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("devplan: the server refused the login of 'hr@acme-logistics.example': ")
                .contains("535");
        assertThat(smtps.getReceivedMessages()).isEmpty();
        assertThat(stateFiles()).isEmpty();
    }

    @Test
    void starttlsIsRequiredNeverSkipped() throws Exception {
        // A server that does not offer STARTTLS: devplan does not fall back to plain text.
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        config("starttls", smtp.getSmtp().getPort(), null, PEOPLE);

        CliRunner.Result r = run(null, "--as-of", "2026-11-20");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("STARTTLS");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(stateFiles()).isEmpty();
    }

    @Test
    void deliversOverStarttls() throws Exception {
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        try (StartTlsFront front = new StartTlsFront(smtp.getSmtp().getPort())) {
            config("starttls", front.port(), null, PEOPLE);

            CliRunner.Result r = run(null, "--as-of", "2026-11-20", "--for", "bob-berg");

            assertThat(r.err()).isEmpty();
            assertThat(r.exit()).isZero();
            assertThat(front.upgraded()).isTrue();
            assertThat(to(smtp.getReceivedMessages())).containsExactly("bob.berg@acme-logistics.example");
        }
    }

    @Test
    void anUnreachableServerIsExit3() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        config("none", port, null, PEOPLE);

        CliRunner.Result r = run(null, "--as-of", "2026-11-20");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("devplan: cannot reach localhost:" + port + ": ");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(stateFiles()).isEmpty();
    }

    @Test
    void aServerThatGoesAwayMidSendIsExit3AndNothingIsMarkedSent() throws Exception {
        try (GoesAway server = new GoesAway()) {
            config("none", server.port(), null, PEOPLE);

            CliRunner.Result r = run(null, "--as-of", "2026-11-20", "--for", "bob-berg");

            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).startsWith("devplan: sending to bob.berg@acme-logistics.example failed: ");
            assertThat(r.out()).isEmpty();
            assertThat(server.sawData()).isTrue();
            assertThat(stateFiles()).isEmpty();
        }
    }

    @Test
    void dryRunPrintsEachMailAndSendsNone() throws Exception {
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        config("none", smtp.getSmtp().getPort(), null, PEOPLE);

        CliRunner.Result r = run(null, "--as-of", "2026-11-20", "--for", "bob-berg", "--dry-run");

        assertThat(r.exit()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(stateFiles()).isEmpty();
        Golden.assertMatches("mail/dry-run-bob-berg-2026-11-20.txt", r.out());
    }

    @Test
    void recipientsWithoutAnAddressAreNamedAndTheOthersStillMailed() throws Exception {
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        config("none", smtp.getSmtp().getPort(), null, PEOPLE.replace("tom.okafor@acme-logistics.example", "' '"));

        CliRunner.Result r = run(null, "--as-of", "2026-11-20");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("devplan: no address for Tom Okafor (tom-okafor): add email: to their plan's employee, or "
                + "them to devplan.yaml's people with an email:\n");
        assertThat(to(smtp.getReceivedMessages())).doesNotContain("tom.okafor@acme-logistics.example")
                .contains("bob.berg@acme-logistics.example");
    }

    @Test
    void beforeAnythingInTheRepositoryRemindIsSilentAndMailsNobody() throws Exception {
        GreenMail smtp = start(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        config("none", smtp.getSmtp().getPort(), null, PEOPLE);
        for (String format : List.of("text", "json")) {
            CliRunner.Result r = CliRunner.runIn(repo, tmp.resolve("cache"), DAY, "remind", "--as-of", "2020-01-01",
                    "--format", format);
            assertThat(r.exit()).isZero();
            assertThat(r.out()).as(format).isEmpty();
            assertThat(r.err()).isEmpty();
        }
        CliRunner.Result sent = run(null, "--as-of", "2020-01-01");
        assertThat(sent.exit()).isZero();
        assertThat(sent.out()).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutMailSettingsSendingIsAUsageError() {
        CliRunner.Result r = run(null, "--as-of", "2026-11-20");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("add mail: with host: and from:");
        assertThat(run(null, "--as-of", "2026-11-20", "--dry-run").exit()).isEqualTo(1);
    }

    /** Accepts one SMTP client, takes its mail up to DATA, then closes the connection mid-message. */
    private static final class GoesAway implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final Thread thread;
        private volatile boolean sawData;

        GoesAway() throws IOException {
            thread = new Thread(this::serve, "smtp-goes-away");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        boolean sawData() {
            return sawData;
        }

        private void serve() {
            try (Socket s = socket.accept()) {
                var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = s.getOutputStream();
                say(out, "220 localhost ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String cmd = line.toUpperCase(java.util.Locale.ROOT);
                    if (cmd.startsWith("EHLO")) {
                        say(out, "250 localhost");
                    } else if (cmd.startsWith("DATA")) {
                        say(out, "354 go ahead");
                        in.readLine();
                        sawData = true;
                        return; // gone, in the middle of the message
                    } else {
                        say(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the client went first
            }
        }

        private static void say(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * A STARTTLS front for a plain SMTP server (GreenMail has no STARTTLS): it offers STARTTLS,
     * upgrades the client's connection with the test certificate for localhost, then relays the
     * encrypted session's commands to the server behind it.
     */
    private static final class StartTlsFront implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final int backend;
        private volatile boolean upgraded;

        StartTlsFront(int backend) throws IOException {
            this.backend = backend;
            Thread t = new Thread(this::serve, "smtp-starttls-front");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        boolean upgraded() {
            return upgraded;
        }

        private void serve() {
            try (Socket plain = socket.accept()) {
                var in = new BufferedReader(new InputStreamReader(plain.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = plain.getOutputStream();
                GoesAway.say(out, "220 localhost ESMTP front");
                String line;
                while ((line = in.readLine()) != null) {
                    String cmd = line.toUpperCase(java.util.Locale.ROOT);
                    if (cmd.startsWith("EHLO")) {
                        out.write("250-localhost\r\n250 STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } else if (cmd.startsWith("STARTTLS")) {
                        GoesAway.say(out, "220 go ahead");
                        relay(tls(plain));
                        return;
                    } else {
                        GoesAway.say(out, "530 must issue STARTTLS first");
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private Socket tls(Socket plain) throws Exception {
            var ks = java.security.KeyStore.getInstance("PKCS12");
            try (var f = Files.newInputStream(Path.of("src/test/resources/mail/server.p12"))) {
                ks.load(f, "changeit".toCharArray());
            }
            var kmf = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "changeit".toCharArray());
            var ctx = javax.net.ssl.SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            var s = (javax.net.ssl.SSLSocket) ctx.getSocketFactory().createSocket(plain, "localhost", plain.getPort(), false);
            s.setUseClientMode(false);
            s.startHandshake();
            upgraded = true;
            return s;
        }

        /** The server's greeting is dropped (the client had one); then bytes both ways until either closes. */
        private void relay(Socket client) throws IOException {
            try (Socket server = new Socket("localhost", backend)) {
                var fromServer = server.getInputStream();
                int c;
                while ((c = fromServer.read()) != -1 && c != '\n') {
                    // the greeting
                }
                Thread up = new Thread(() -> pump(client, server));
                up.setDaemon(true);
                up.start();
                pump(server, client);
            }
        }

        private static void pump(Socket from, Socket to) {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    to.shutdownOutput();
                } catch (IOException | UnsupportedOperationException e) {
                    // already closed
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
