package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {
    @TempDir
    Path dir;

    private Path plan(String relative, String id) throws Exception {
        Path file = dir.resolve("plans").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "employee: {id: " + id + ", name: Someone}\n");
        return file;
    }

    @Test
    void isFoundUpwardFromASubFolder() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "organization: Acme\n");
        Path deep = Files.createDirectories(dir.resolve("plans/platform"));
        Repository repo = Repository.open(null, deep);
        assertThat(repo.root()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(repo.config().organization()).isEqualTo("Acme");
    }

    @Test
    void missingRepositorySaysWhereItLookedAndWhatToDo() {
        assertThatThrownBy(() -> Repository.open(null, dir))
                .isInstanceOf(RepositoryNotFoundException.class)
                .hasMessage("not a plan repository: no devplan.yaml in " + dir.toAbsolutePath().normalize()
                        + " or any folder above it; run 'devplan init' to create one, or name one with --dir");
    }

    @Test
    void explicitDirWithoutConfigIsRefused() {
        assertThatThrownBy(() -> Repository.open(Path.of("nowhere"), dir))
                .isInstanceOf(RepositoryNotFoundException.class)
                .hasMessageContaining("nowhere is not a folder; run 'devplan init");
    }

    @Test
    void readsPlansInSubFoldersAndSkipsHiddenOnes() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        plan("a.yaml", "a");
        plan("team/b.yaml", "b");
        plan(".trash/c.yaml", "c");
        Repository.Plans plans = Repository.open(dir, dir).loadAll();
        assertThat(plans.problems()).isEmpty();
        assertThat(plans.plans()).extracting(p -> p.id() + " " + p.file())
                .containsExactly("a plans/a.yaml", "b plans/team/b.yaml");
    }

    @Test
    void listsPlanFilesDirectlyUnderPlansFirstAndLinksWithinTheRepositoryButNotHiddenOrOtherFiles() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        plan("z.yaml", "z");
        plan("team/a.yaml", "a");
        plan(".hidden.yaml", "h");
        plan("team/.b.yaml", "b");
        plan("notes/.git/x.yaml", "x");
        Files.writeString(dir.resolve("plans/README.md"), "not a plan");
        Files.createDirectories(dir.resolve("plans/folder.yaml"));
        Path elsewhere = Files.writeString(dir.resolve("linked.yaml"), "employee: {id: linked, name: L}\n");
        Files.createSymbolicLink(dir.resolve("plans/linked.yaml"), elsewhere);
        Files.createSymbolicLink(dir.resolve("plans/dangling.yaml"), dir.resolve("nowhere.yaml"));
        Repository repo = Repository.open(dir, dir);
        assertThat(repo.planFiles()).extracting(p -> dir.resolve("plans").relativize(p).toString())
                .containsExactly("linked.yaml", "z.yaml", "team/a.yaml");
        assertThat(repo.listingProblems()).extracting(Problem::format).containsExactly(
                "plans/dangling.yaml: is a broken link (to " + dir.resolve("nowhere.yaml")
                        + "); remove it, or restore what it leads to");
    }

    @Test
    void oneBrokenPlanDoesNotHideTheOthers() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        plan("a.yaml", "a");
        Files.writeString(dir.resolve("plans/b.yaml"), "employee: {id: b\n");
        Repository.Plans plans = Repository.open(dir, dir).loadAll();
        assertThat(plans.plans()).extracting(p -> p.id()).containsExactly("a");
        assertThat(plans.problems()).singleElement().extracting(Problem::file).isEqualTo("plans/b.yaml");
    }

    @Test
    void idsAreUniqueAcrossTheRepository() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        plan("other/a.yaml", "a");
        plan("a.yaml", "a");
        plan("b/a.yaml", "a");
        Repository.Plans plans = Repository.open(dir, dir).loadAll();
        assertThat(plans.plans()).extracting(p -> p.file()).containsExactly("plans/a.yaml");
        assertThat(plans.problems()).extracting(Problem::format).containsExactly(
                "plans/b/a.yaml: duplicate employee id 'a', also in plans/a.yaml; devplan reads plans/a.yaml (a plan "
                        + "directly under plans/ comes first, then path order) and leaves this one out; ids must be "
                        + "unique across the repository: rename or remove one",
                "plans/other/a.yaml: duplicate employee id 'a', also in plans/a.yaml; devplan reads plans/a.yaml (a "
                        + "plan directly under plans/ comes first, then path order) and leaves this one out; ids must "
                        + "be unique across the repository: rename or remove one");
    }

    @Test
    void manyPlansAreReadInParallelWithTheSameResult() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        for (int i = 0; i < 150; i++) {
            plan("t" + (i % 5) + "/p" + i + ".yaml", "p" + i);
        }
        Repository.Plans plans = Repository.open(dir, dir).loadAll();
        assertThat(plans.problems()).isEmpty();
        assertThat(plans.plans()).hasSize(150);
        assertThat(plans.plans().get(0).id()).isEqualTo("p0");
    }

    @Test
    void ymlFilesGetAHintToRename() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        plan("a.yml", "a");
        assertThat(Repository.open(dir, dir).loadAll().problems()).extracting(Problem::format)
                .containsExactly("plans/a.yml: plan files end in .yaml; rename it to a.yaml");
    }

    @Test
    void invalidUtf8IsAProblemNotACrash() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        Files.createDirectories(dir.resolve("plans"));
        Files.write(dir.resolve("plans/a.yaml"), new byte[] {'e', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertThat(Repository.open(dir, dir).loadAll().problems()).extracting(Problem::format)
                .containsExactly("plans/a.yaml: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void brokenConfigIsUnreadableInput() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "cadence: montly\ntimezone: Mars/Olympus\n");
        assertThatThrownBy(() -> Repository.open(dir, dir))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(
                                "devplan.yaml:1:10: 'cadence' must be one of weekly, biweekly, monthly, quarterly, semiannual, annual or an ISO-8601 period such as P3W, found 'montly'; did you mean 'monthly'?",
                                "devplan.yaml:2:11: unknown time zone 'Mars/Olympus'; use a region such as Europe/Copenhagen"));
    }
}
