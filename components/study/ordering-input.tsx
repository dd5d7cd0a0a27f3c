"use client";

import { ArrowDown, ArrowUp, GripVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { moveItem } from "@/lib/study/draft";

interface Props {
  questionId: string;
  items: string[];
  onChange: (items: string[]) => void;
  disabled?: boolean;
  /** After answering: the right order, to mark each position. */
  expected?: string[];
}

function Row({
  id,
  text,
  index,
  count,
  onMove,
  disabled,
  right,
}: {
  id: string;
  text: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  disabled?: boolean;
  right?: boolean;
}) {
  const t = useTranslations("studyPractice");
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  const style = {
    transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
    transition,
  };
  const tone =
    right === true
      ? "border-emerald-500 bg-emerald-50 dark:bg-emerald-950"
      : right === false
        ? "border-red-500 bg-red-50 dark:bg-red-950"
        : "border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900";
  return (
    <li
      ref={setNodeRef}
      style={style}
      data-testid="ordering-item"
      className={`flex min-h-12 items-center gap-2 rounded-md border-2 px-2 py-1 ${tone} ${isDragging ? "relative z-10 shadow-lg" : ""}`}
    >
      <button
        type="button"
        {...attributes}
        {...listeners}
        aria-label={t("dragHandle", { item: text })}
        disabled={disabled}
        className="flex h-10 w-8 shrink-0 touch-none cursor-grab items-center justify-center rounded text-stone-500 disabled:cursor-default"
      >
        <GripVertical aria-hidden size={18} />
      </button>
      <span className="w-6 shrink-0 text-center font-mono text-sm text-stone-500">{index + 1}</span>
      <span className="flex-1 py-1">{text}</span>
      <button
        type="button"
        aria-label={t("moveUp", { item: text })}
        disabled={disabled || index === 0}
        onClick={() => onMove(index, index - 1)}
        className="flex h-10 w-10 items-center justify-center rounded hover:bg-stone-200/60 disabled:opacity-30 dark:hover:bg-stone-800"
      >
        <ArrowUp aria-hidden size={18} />
      </button>
      <button
        type="button"
        aria-label={t("moveDown", { item: text })}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index, index + 1)}
        className="flex h-10 w-10 items-center justify-center rounded hover:bg-stone-200/60 disabled:opacity-30 dark:hover:bg-stone-800"
      >
        <ArrowDown aria-hidden size={18} />
      </button>
    </li>
  );
}

/**
 * Putting items in order: drag by the handle (mouse, touch, or keyboard: Space to pick up,
 * arrows to move, Space to drop), or the up and down buttons.
 */
export function OrderingInput({ questionId, items, onChange, disabled, expected }: Props) {
  const t = useTranslations("studyPractice");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // item texts are unique within a question (the bank checks it); the index guards against repeats
  const ids = items.map((text, i) => `${i}:${text}`);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(moveItem(items, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("orderHint")}</p>
      <DndContext id={`order-${questionId}`} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
          <ol className="space-y-2">
            {items.map((text, i) => (
              <Row
                key={ids[i]}
                id={ids[i]}
                text={text}
                index={i}
                count={items.length}
                disabled={disabled}
                onMove={(from, to) => onChange(moveItem(items, from, to))}
                right={expected ? expected[i] === text : undefined}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}
