package io.articleflow.ingest.upload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiterString = " -> ", value = {
			"article.pdf -> article.pdf",
			"../../etc/passwd -> passwd",
			"..\\..\\windows\\win.ini -> win.ini",
			"/etc/shadow -> shadow",
			"C:\\Users\\ops\\report.docx -> report.docx",
			".bashrc -> bashrc",
			".. -> upload",
			"../ -> upload",
			"'' -> upload",
			"notes.tmp -> notes.tmp-upload",
			"draft.part -> draft.part-upload",
			"a<b>c:d\"e|f?g*.txt -> a_b_c_d_e_f_g_.txt",
			"Hà Nội 2024.txt -> Hà Nội 2024.txt" })
	void keepsOnlyASafeNameWithoutFolders(String original, String safe) {
		assertThat(FileNames.sanitise(original)).isEqualTo(safe);
	}

	@Test
	void namesAnUploadThatCameWithoutAName() {
		assertThat(FileNames.sanitise(null)).isEqualTo("upload");
	}

	@Test
	void shortensAVeryLongNameKeepingItsExtension() {
		String name = FileNames.sanitise("a".repeat(500) + ".docx");

		assertThat(name).hasSize(200).endsWith("aaa.docx");
	}

}
