// A level as text with its colour class ("Hoàn thành tốt nhiệm vụ"), or a dash-like note when there is
// none. Layer: renderer.
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';

export function LevelText({ level, none = 'Chưa có' }: { level: LevelCode | null; none?: string }) {
  if (level === null) return <span className="level level-none">{none}</span>;
  return <span className={`level level-${level.toLowerCase()}`}>{LEVEL_NAMES[level]}</span>;
}
