package fi.taitoura.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DumpScannerTest {

    private static final String DUMP = """
            CREATE TABLE `empty_one` (
              `id` bigint(20) NOT NULL
            ) ENGINE=InnoDB;
            CREATE TABLE `note` (
              `id` bigint(20) NOT NULL
            ) ENGINE=InnoDB;
            INSERT INTO `note` VALUES (1,'a (quoted) ),( pair','x\\'),(y'),(2,NULL,0x28),(3,'ä\\\\','(');
            INSERT INTO `note` VALUES (4,'it''s','b');
            INSERT INTO `note` VALUES
            (5,'written over lines by MariaDB 11;',NULL),
            (6,'(',''),
            (7,');',NULL);
            CREATE TABLE `after` (
              `id` bigint(20) NOT NULL
            ) ENGINE=InnoDB;
            /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t BEFORE UPDATE ON note FOR EACH ROW SIGNAL SQLSTATE '45000' */;;
            /*!50003 CREATE*/ /*!50017 DEFINER=``*/ /*!50003 TRIGGER u BEFORE DELETE ON note FOR EACH ROW SIGNAL SQLSTATE '45000' */;;
            """;

    @Test
    void countsTuplesNotParenthesesInsideStrings() throws Exception {
        DumpScanner scanner = new DumpScanner(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scanner.copy(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(scanner.rows()).isEqualTo(Map.of("empty_one", 0L, "note", 7L, "after", 0L));
        assertThat(out.toString(StandardCharsets.UTF_8)).as("copied byte for byte").isEqualTo(DUMP);
    }

    @Test
    void restoreDropsDefinersOnly() throws Exception {
        DumpScanner scanner = new DumpScanner(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scanner.copy(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("DEFINER").contains("TRIGGER t BEFORE UPDATE").contains("TRIGGER u BEFORE DELETE").contains("'it''s'");
    }
}
