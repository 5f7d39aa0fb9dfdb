package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM that hosts import pins the third-party versions our build relies on, and pins them to
 * exactly the versions the build tests with (build-parent), so that a host gets what we tested.
 */
class BomTest {

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  @Test
  void should_pin_the_tested_versions_when_a_host_imports_the_bom() throws Exception {
    // GIVEN
    Map<String, String> bom = managedVersions(Path.of("../bom/pom.xml"));
    Map<String, String> build = managedVersions(Path.of("../build-parent/pom.xml"));
    // WHEN
    Map<String, String> thirdParty = new LinkedHashMap<>(bom);
    thirdParty.keySet().removeIf(key -> key.startsWith("dev.selfcheck:"));
    // THEN
    then(thirdParty).as("third-party versions in the BOM")
        .containsEntry("org.snakeyaml:snakeyaml-engine", "3.1.1");
    thirdParty.forEach((artifact, version) ->
        then(build).as("build-parent's version of %s", artifact).containsEntry(artifact, version));
  }

  /** groupId:artifactId to version, with ${properties} of the same POM resolved. */
  private static Map<String, String> managedVersions(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(pom.toFile());
    Map<String, String> properties = new LinkedHashMap<>();
    Element props = child(doc.getDocumentElement(), "properties");
    if (props != null) {
      NodeList nodes = props.getChildNodes();
      for (int i = 0; i < nodes.getLength(); i++) {
        if (nodes.item(i) instanceof Element) {
          properties.put(nodes.item(i).getNodeName(), nodes.item(i).getTextContent().trim());
        }
      }
    }
    Map<String, String> versions = new LinkedHashMap<>();
    Element management = child(child(doc.getDocumentElement(), "dependencyManagement"), "dependencies");
    NodeList dependencies = management.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String version = text(dependency, "version");
      Matcher m = PROPERTY.matcher(version);
      String resolved = m.matches() && properties.containsKey(m.group(1)) ? properties.get(m.group(1)) : version;
      versions.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), resolved);
    }
    return versions;
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? "" : child.getTextContent().trim();
  }
}
