import { describe, expect, it } from 'vitest';
import { javaCommand, parseJavaMajor } from './java.mjs';

describe('parseJavaMajor', () => {
  it('reads the major version of modern JDKs', () => {
    expect(
      parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'),
    ).toBe(17);
    expect(parseJavaMajor('java version "21" 2023-09-19 LTS')).toBe(21);
  });

  it('reads Java 8 from its 1.x numbering', () => {
    expect(parseJavaMajor('openjdk version "1.8.0_392"')).toBe(8);
  });

  it('gives undefined for output it does not recognise', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('javaCommand', () => {
  it('prefers JAVA_HOME over PATH', () => {
    expect(javaCommand({ JAVA_HOME: '/opt/jdk' })).toMatch(/^[/\\]opt[/\\]jdk[/\\]bin[/\\]java$/);
    expect(javaCommand({})).toBe('java');
  });
});
